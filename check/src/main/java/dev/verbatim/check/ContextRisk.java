package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import dev.verbatim.Span;

/**
 * A negation or reversal near a matched passage, or inside the words the quote leaves out, that the
 * quote does not carry: the reason for an {@link CheckClass#OUT_OF_CONTEXT_RISK}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param passage index into {@link QuoteCheck#passages()}
 * @param where where the cue is, relative to the passage
 * @param cue the cue's words in the source text
 * @param phrase the lexicon phrase it matched
 */
public record ContextRisk(int passage, Where where, Span cue, String phrase) {
  public ContextRisk {
    requireNonNull(where, "where");
    requireNonNull(cue, "cue");
    requireNonNull(phrase, "phrase");
  }

  /** Where a cue was found. Immutable and thread-safe. */
  public enum Where {
    /** Right before the passage, in the same sentence and turn. */
    BEFORE,
    /** Right after the passage, up to the end of the next sentence, in the same turn. */
    AFTER,
    /** Among source words the quote drops, with or without an ellipsis. */
    LEFT_OUT
  }
}
