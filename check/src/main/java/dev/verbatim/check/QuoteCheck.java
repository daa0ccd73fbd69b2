package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The check of one quote: a direct quote, or one quoted fragment of a mixed quote.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quote index of the quote in the article's {@link dev.verbatim.AttributionResult#quotes()}
 * @param kind the quote's kind, {@link QuoteKind#DIRECT} or {@link QuoteKind#MIXED}
 * @param article the article spans checked: the quote's spans, or the fragment's, marks included
 * @param speaker the canonical name of the speaker the article attributes it to, or {@code null}
 *     when it attributes it to nobody
 * @param match {@link CheckClass#VERBATIM}, {@link CheckClass#ELIDED}, {@link CheckClass#ALTERED}
 *     or {@link CheckClass#NOT_FOUND}
 * @param classes {@code match} plus {@link CheckClass#MISATTRIBUTED} and {@link
 *     CheckClass#OUT_OF_CONTEXT_RISK} when they apply
 * @param similarity word-level similarity of the best match, in {@code [0, 1]}; below the threshold
 *     for NOT_FOUND
 * @param passages the matched passages: one, several when the quote is split across sources or
 *     places, none when NOT_FOUND
 * @param differences every difference, marked or not, in article order; empty when NOT_FOUND
 * @param risks the context cues behind {@link CheckClass#OUT_OF_CONTEXT_RISK}
 */
public record QuoteCheck(int quote, QuoteKind kind, List<Span> article, @Nullable String speaker,
    CheckClass match, Set<CheckClass> classes, double similarity, List<Passage> passages,
    List<Difference> differences, List<ContextRisk> risks) {
  public QuoteCheck {
    requireNonNull(kind, "kind");
    requireNonNull(match, "match");
    if (!match.isMatch()) {
      throw new IllegalArgumentException(match + " is not a match class");
    }
    article = List.copyOf(article);
    if (!classes.contains(match)) {
      throw new IllegalArgumentException("classes must contain the match class " + match);
    }
    classes = Collections.unmodifiableSet(EnumSet.copyOf(classes)); // enum order
    passages = List.copyOf(passages);
    differences = List.copyOf(differences);
    risks = List.copyOf(risks);
  }

  /** The checked article text: the spans' texts joined by a space. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Span s : article) {
      sb.append(sb.length() == 0 ? "" : " ").append(s.text());
    }
    return sb.toString();
  }

  /** Whether this check has {@code c}. */
  public boolean is(CheckClass c) {
    return classes.contains(c);
  }
}
