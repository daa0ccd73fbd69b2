package dev.verbatim;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One quotation or reported statement, with its attribution.
 *
 * <p>Immutable and thread-safe. {@code spans} is never empty and in text order; for a direct quote each
 * span includes its quote marks. {@code parent}, {@code cue} and {@code speaker} are {@code null} when
 * absent: a top-level quote has no parent, and a quote that no rule could attribute has no cue or
 * speaker.
 *
 * @param index position of this quote in {@link AttributionResult#quotes()}
 * @param kind direct, mixed, indirect or non-speech
 * @param spans the content pieces: one, or several when the attribution interrupts the quote or the
 *     quote runs over several paragraphs
 * @param parent index of the enclosing quote for a quote nested inside another, else {@code null}
 * @param cue the attribution cue ({@code said}, {@code according to}), or {@code null}
 * @param speaker the speaker mention and its entity, or {@code null}
 * @param confidence how sure the deciding rule is, in {@code [0, 1]}
 * @param rule name of the rule that decided the attribution (or the detection step, when none did)
 * @param unclosed whether the quote's opening mark was never closed, so it was ended at its paragraph
 */
public record Quote(
    int index,
    QuoteKind kind,
    List<Span> spans,
    @Nullable Integer parent,
    @Nullable Span cue,
    @Nullable Speaker speaker,
    double confidence,
    String rule,
    boolean unclosed) {

  public Quote {
    requireNonNull(kind, "kind");
    requireNonNull(rule, "rule");
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a quote needs at least one span");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  /** Start of the first span. */
  public int start() {
    return spans.get(0).start();
  }

  /** End of the last span. */
  public int end() {
    return spans.get(spans.size() - 1).end();
  }

  /**
   * The content text: the single span's text, or the pieces joined by a single space when the quote
   * has several.
   */
  public String text() {
    if (spans.size() == 1) {
      return spans.get(0).text();
    }
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.text());
    }
    return sb.toString();
  }

  /** The speaker's entity id, or {@code null} when the quote has no speaker. */
  public @Nullable Integer entity() {
    return speaker == null ? null : speaker.entity();
  }
}
