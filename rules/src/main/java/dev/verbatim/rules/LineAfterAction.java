package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;

/**
 * A line of dialogue that goes on in lower case after an action set between its parts with no
 * punctuation at all, the way some novels print a gesture inside a speech:
 *
 * <pre>
 *   “It is nearly six” glancing at the clock “and you have not eaten.”    two lines
 *   “But” (with a smile) “not today.”                                     two lines
 *   He said “turn” and “return” alike.                                    phrases: no line
 * </pre>
 *
 * The quote before must itself stand as a line (at the paragraph's start or after punctuation, not
 * after a word), and the action must start in lower case: a capital there begins a sentence of
 * narration ({@code “I love her.” It was the first time he had used the word “love”}). Reads a
 * bounded number of tokens back; stateless.
 */
final class LineAfterAction {
  /** Most words of the action between the two parts. */
  static final int ACTION_WORDS = 12;
  /** Most tokens read back through the quote before for its opening mark. */
  static final int REACH = 300;

  private LineAfterAction() {}

  /** Whether the quotation whose opening mark is token {@code open} resumes a line after an action. */
  static boolean resumes(TextDocument doc, int open) {
    int para = doc.paragraphAt(doc.tokenStart(open));
    int words = 0;
    int k = open - 1;
    for (; k >= 0 && words <= ACTION_WORDS; k--) {
      if (Words.isWord(doc, k)) {
        words++;
      } else if (Words.isQuoteMark(doc, k)) {
        break;
      } else if (!Words.isPunct(doc, k, '(') && !Words.isPunct(doc, k, ')')) {
        return false;
      }
    }
    if (k < 0 || words == 0 || words > ACTION_WORDS || !Words.isQuoteMark(doc, k)
        || doc.paragraphAt(doc.tokenStart(k)) != para) {
      return false;
    }
    int action = k + 1;
    if (Words.isWord(doc, action) && Words.isCapitalised(doc, action)) {
      return false; // a sentence of narration
    }
    // The quote before: its opening mark, and what stands before that.
    for (int j = k - 1, n = 0; j >= 0 && n < REACH; j--, n++) {
      if (doc.paragraphAt(doc.tokenStart(j)) != para) {
        return false;
      }
      if (Words.isQuoteMark(doc, j)) {
        return !Words.isWord(doc, j - 1)
            || doc.paragraphAt(doc.tokenStart(j - 1)) != para;
      }
    }
    return false;
  }
}
