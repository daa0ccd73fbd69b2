package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * In a novel, a speech that runs over several paragraphs is one quotation per paragraph. The
 * printer's convention leaves each paragraph but the last open and opens the next with the same
 * mark; the detector pairs the marks into one quotation with a piece per paragraph (as news reads a
 * long quote), and the novel reads each paragraph as a line of its own, all of the same speaker:
 *
 * <pre>
 *   “The road was long and the night was cold.                 line 1 (left open)
 *
 *   “At the ford we found the bridge gone.”                    line 2, same speaker
 * </pre>
 *
 * Lines of one paragraph joined by their tag ({@code “No,” said Nora, “never.”}) stay one
 * quotation. Linear in the pieces; stateless.
 */
final class SpeechParagraphs {
  private SpeechParagraphs() {}

  /**
   * Splits {@code spans} (start, end pairs in text order) into the runs that lie in one paragraph
   * each, in order; a quotation inside one paragraph comes back whole.
   */
  static List<int[]> split(TextDocument doc, int[] spans) {
    List<int[]> out = new ArrayList<>(1);
    int from = 0;
    int para = doc.paragraphAt(spans[0]);
    for (int i = 2; i < spans.length; i += 2) {
      int p = doc.paragraphAt(spans[i]);
      if (p != para) {
        out.add(Arrays.copyOfRange(spans, from, i));
        from = i;
        para = p;
      }
    }
    out.add(from == 0 ? spans : Arrays.copyOfRange(spans, from, spans.length));
    return out;
  }
}
