package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;

/**
 * A quotation that opens a paragraph set in from the text's ordinary margin is a letter, a verse or
 * an inscription copied into the story, not a line of dialogue:
 *
 * <pre>
 *   She unfolded the note and read it at the window:
 *
 *        “My dear Nora, the roads are closed and I shall not be home before the thaw.”
 *
 *   “Not before the thaw!” she said.
 * </pre>
 *
 * The ordinary margin is the indentation most of the document's paragraphs share, so a text that
 * indents every paragraph loses no dialogue. One pass over the paragraphs when built; immutable.
 */
final class BlockQuote {
  /** Spaces beyond the ordinary margin that set a paragraph in (a tab counts as four). */
  static final int SET_IN = 3;
  private static final int WIDEST = 32;

  private final TextDocument doc;
  private final int margin;

  BlockQuote(TextDocument doc) {
    this.doc = doc;
    int[] count = new int[WIDEST + 1];
    for (int p = 0; p < doc.paragraphCount(); p++) {
      int start = doc.paragraphStart(p);
      count[Math.min(WIDEST, indent(skipSpace(start)))]++;
    }
    int best = 0;
    for (int k = 1; k <= WIDEST; k++) {
      if (count[k] > count[best]) {
        best = k;
      }
    }
    margin = best;
  }

  /** Whether {@code q} opens a paragraph set in at least {@link #SET_IN} beyond the margin. */
  boolean isBlock(QuoteSpan q) {
    int start = doc.paragraphStart(doc.paragraphAt(q.start()));
    if (skipSpace(start) != q.start()) {
      return false;
    }
    return indent(q.start()) >= margin + SET_IN;
  }

  private int skipSpace(int at) {
    String text = doc.text();
    int k = at;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t'
        || text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
      k++;
    }
    return k;
  }

  /** The width of the spaces and tabs before {@code at} on its line, up to {@link #WIDEST}. */
  private int indent(int at) {
    String text = doc.text();
    int width = 0;
    for (int k = at - 1; k >= 0 && width < WIDEST; k--) {
      char c = text.charAt(k);
      if (c == ' ' || c == '\u00a0') {
        width++;
      } else if (c == '\t') {
        width += 4;
      } else {
        break;
      }
    }
    return width;
  }
}
