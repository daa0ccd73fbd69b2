package dev.verbatim.html;

import org.jsoup.parser.Parser;

/**
 * Maps each character of a text node's decoded text back to the raw source characters it came from,
 * re-scanning the source so that an entity such as {@code &ldquo;} maps its one decoded character to
 * all seven source characters. Stateless and thread-safe.
 */
final class SourceAligner {
  /** Longest entity reference worth trying; the longest HTML5 name is 33 characters. */
  private static final int MAX_ENTITY = 40;

  private SourceAligner() {}

  /**
   * Fills {@code starts[i]}/{@code ends[i]} with the source range of {@code decoded.charAt(i)}, for a
   * node whose raw source is {@code html[from, to)}. When the raw text no longer matches (the tree
   * builder moved or merged text), the remaining characters get the unmatched rest of the range.
   */
  static void align(String html, int from, int to, String decoded, int[] starts, int[] ends) {
    int i = 0;
    int j = Math.max(0, Math.min(from, html.length()));
    int end = Math.max(j, Math.min(to, html.length()));
    int n = decoded.length();
    while (i < n && j < end) {
      char raw = html.charAt(j);
      char want = decoded.charAt(i);
      if (raw == '&') {
        int taken = entity(html, j, end, decoded, i, starts, ends);
        if (taken > 0) {
          i += taken >>> 16;
          j += taken & 0xFFFF;
          continue;
        }
      }
      if (raw == want) {
        starts[i] = j;
        ends[i] = j + 1;
        i++;
        j++;
      } else if (isSkippable(raw)) {
        j++; // a CR or the newline after <pre> that the parser dropped
      } else {
        break;
      }
    }
    for (; i < n; i++) {
      starts[i] = j;
      ends[i] = end;
    }
  }

  private static boolean isSkippable(char c) {
    return c == '\r' || c == '\n' || c == '\u0000';
  }

  /**
   * Matches the entity reference at {@code html[j]} against {@code decoded} from {@code i}. Returns
   * (decoded chars << 16) | source chars consumed, or 0 when the {@code &} is literal.
   */
  private static int entity(String html, int j, int end, String decoded, int i, int[] starts,
      int[] ends) {
    int k = j + 1;
    int limit = Math.min(end, j + MAX_ENTITY);
    if (k < limit && html.charAt(k) == '#') {
      k++;
      if (k < limit && (html.charAt(k) == 'x' || html.charAt(k) == 'X')) {
        k++;
      }
    }
    while (k < limit && Character.isLetterOrDigit(html.charAt(k)) && html.charAt(k) < 128) {
      k++;
    }
    if (k < limit && html.charAt(k) == ';') {
      k++;
    }
    if (k <= j + 1) {
      return 0;
    }
    String candidate = html.substring(j, k);
    String dec = Parser.unescapeEntities(candidate, false);
    if (dec.equals(candidate)) {
      return 0;
    }
    // The reference may be a prefix of the candidate (legacy "&notit;" decodes as "¬it;"): the
    // shortest reference whose remainder is left verbatim is the one the parser took.
    for (int m = 2; m <= candidate.length(); m++) {
      String rest = candidate.substring(m);
      if (dec.length() > rest.length() && dec.endsWith(rest)) {
        String produced = dec.substring(0, dec.length() - rest.length());
        if (!decoded.startsWith(produced, i) || produced.length() > 0x7FFF) {
          return 0;
        }
        for (int c = 0; c < produced.length(); c++) {
          starts[i + c] = j;
          ends[i + c] = j + m;
        }
        return (produced.length() << 16) | m;
      }
    }
    return 0;
  }
}
