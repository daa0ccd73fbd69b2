package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import dev.verbatim.Span;

/**
 * One place where a quote's words differ from its source passage.
 *
 * <p>Immutable and thread-safe. Either span may be empty (start == end) where one side has no words:
 * an added word has an empty source span at the place it would go, a dropped word an empty article
 * span.
 *
 * @param kind what kind of difference
 * @param passage index into {@link QuoteCheck#passages()} of the passage the source span is in
 * @param article the span of the article (the ellipsis or bracket itself, for marked changes)
 * @param source the span of the passage's source text
 */
public record Difference(Kind kind, int passage, Span article, Span source) {
  public Difference {
    requireNonNull(kind, "kind");
    requireNonNull(article, "article");
    requireNonNull(source, "source");
  }

  /** Kinds of difference. Immutable and thread-safe. */
  public enum Kind {
    /** An ellipsis in the quote and the source words it leaves out (possibly none). */
    ELISION,
    /** A bracketed insertion in the quote and the source words it stands for (possibly none). */
    INSERTION,
    /** Quote words that replace different source words, without marks. */
    CHANGED,
    /** Quote words the source does not have. */
    ADDED,
    /** Source words the quote leaves out without an ellipsis. */
    DROPPED;

    /** Whether the article marks this change (ellipsis or brackets). */
    public boolean marked() {
      return this == ELISION || this == INSERTION;
    }
  }
}
