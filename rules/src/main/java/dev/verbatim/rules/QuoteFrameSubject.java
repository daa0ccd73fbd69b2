package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * The speaker of a participle that follows a quotation and its tag in the same sentence: the one the
 * tag names, not a word inside the quotation.
 *
 * <pre>
 *   “It is late,” said Rosa Delgado, adding that the vote would wait.       → Rosa Delgado
 *   “We tried,” Delgado said on Monday, explaining that funds ran out.      → Delgado
 *   “I have no doubt,” said the mayor, a former judge, recalling the case.   → the mayor
 * </pre>
 *
 * Only a speaker named between the quotation's close and the participle counts, so {@code “…,” she
 * said. Lee left, saying …} is not read across the sentence. Stateless.
 */
final class QuoteFrameSubject {
  private QuoteFrameSubject() {}

  /**
   * The speaker of the latest direct quotation in the sentence whose tag stands after it and before
   * token {@code before}, or null.
   */
  static @Nullable Mention before(DocumentRun run, int floor, int before) {
    for (int t = before - 1; t >= floor; t--) {
      int q = run.quoteAt[t];
      if (q < 0 || run.closeTok[q] != t) {
        continue;
      }
      Found f = run.direct[q];
      if (f == null || f.kind() != QuoteKind.DIRECT || f.speaker() == null) {
        return null;
      }
      Mention m = f.speaker();
      return m.firstTok() > t && m.endTok() <= before ? m : null;
    }
    return null;
  }
}
