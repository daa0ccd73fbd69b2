package dev.verbatim.text;

import java.util.Locale;

/**
 * Tells apostrophes from single quote marks where the characters alone cannot. Pure functions over
 * the text; thread-safe.
 */
final class Apostrophes {
  /** How far ahead a possessive looks for its quote's real closer; keeps the scan linear. */
  private static final int LOOKAHEAD = 200;

  private Apostrophes() {}

  /**
   * Elided words written with a leading apostrophe: 'tis, 'twas, 'n', 'em, 'cause, 'til, and a
   * contraction set apart from its word ({@code I 'd}, {@code they 're}, {@code on 't}).
   */
  static boolean isElision(String text, int from, int pe) {
    int j = from;
    while (j < pe && Character.isLetter(text.charAt(j)) && j - from < 6) {
      j++;
    }
    if (j >= pe || Character.isLetter(text.charAt(j))) {
      return false;
    }
    String w = text.substring(from, j).toLowerCase(Locale.ROOT);
    return switch (w) {
      case "tis", "twas", "n", "em", "cause", "til", "bout", "round", "s", "d", "m", "re", "ve",
          "ll", "t" -> true;
      default -> false;
    };
  }

  /**
   * Whether the mark at {@code i}, inside a single quote opened with {@code open}, is the apostrophe
   * of a plural possessive ({@code 'the Joneses' dog'}): it follows an s, a word follows it, and a
   * plain closer for the quote comes later in the paragraph before any new opener. With no such closer
   * the mark closes the quote ({@code 'thanks to the bosses' and left}).
   */
  static boolean isPluralPossessive(String text, int i, int pe, char open) {
    char s = text.charAt(i - 1);
    if ((s != 's' && s != 'S') || i + 2 >= pe || text.charAt(i + 1) != ' '
        || !Character.isLetter(text.charAt(i + 2))) {
      return false;
    }
    int stop = Math.min(pe, i + LOOKAHEAD);
    for (int j = i + 2; j < stop; j++) {
      char d = text.charAt(j);
      if (d != '\'' && d != '\u2018' && d != '\u2019') {
        continue;
      }
      char prev = text.charAt(j - 1);
      char next = j + 1 < pe ? text.charAt(j + 1) : ' ';
      if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
        continue; // it's
      }
      if (QuoteDetector.isOpenContext(prev)) {
        return false; // a new quote opens first: ours closes at i
      }
      if (QuoteDetector.isCloseContext(next) && QuoteMarks.closes(open, d)
          && prev != 's' && prev != 'S') {
        return true;
      }
    }
    return false;
  }
}
