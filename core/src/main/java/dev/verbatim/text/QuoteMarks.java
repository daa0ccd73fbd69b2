package dev.verbatim.text;

/**
 * The table of quote marks: which characters open a quotation, and which closing marks each opening
 * mark accepts. Pure functions over code units; thread-safe.
 *
 * <pre>
 *   opening   closes with       notes
 *   "         "                 straight, direction decided by context
 *   '         '                 straight single, also the apostrophe
 *   “         ”  "  “           English curly (a straight or left-mark close is tolerated)
 *   ”         ”  "              a right mark typed as an opener (paragraph start, before a word)
 *   ‘         ’  '              English curly single; ’ is also the apostrophe
 *   „         “  ”              German/Polish low-9
 *   ‚         ‘  ’              low-9 single
 *   «  »      »  «              guillemets, either direction (French « », Danish » «, Swedish » »)
 *   ‹  ›      ›  ‹              single guillemets, either direction
 *   「        」                 CJK corner brackets
 *   『        』                 CJK white corner brackets
 *   〝        〞  〟              CJK double prime
 *   ＂        ＂                 full-width straight
 * </pre>
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** Whether {@code c} can be any kind of quote mark or apostrophe. */
  public static boolean isMark(char c) {
    if (c < '"' || (c > '\'' && c < '\u00AB')) {
      return false; // letters, digits, spaces and most punctuation: the bulk of any text
    }
    switch (c) {
      case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u201E', '\u201A', '\u00AB', '\u00BB',
          '\u2039', '\u203A', '\u300C', '\u300D', '\u300E', '\u300F', '\u301D', '\u301E', '\u301F',
          '\uFF02' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code c} normally opens a quotation; a typed-backwards ” opens only in context. */
  public static boolean canOpen(char c) {
    switch (c) {
      case '"', '\'', '\u201C', '\u2018', '\u201E', '\u201A', '\u00AB', '\u00BB', '\u2039', '\u203A',
          '\u300C', '\u300E', '\u301D', '\uFF02' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code close} closes a quotation opened by {@code open}. */
  public static boolean closes(char open, char close) {
    return switch (open) {
      case '"' -> close == '"' || close == '\u201D';
      case '\'' -> close == '\'' || close == '\u2019';
      case '\u201C' -> close == '\u201D' || close == '"' || close == '\u201C';
      case '\u201D' -> close == '\u201D' || close == '"';
      case '\u2018' -> close == '\u2019' || close == '\'';
      case '\u201E' -> close == '\u201C' || close == '\u201D';
      case '\u201A' -> close == '\u2018' || close == '\u2019';
      case '\u00AB' -> close == '\u00BB';
      case '\u00BB' -> close == '\u00AB' || close == '\u00BB';
      case '\u2039' -> close == '\u203A';
      case '\u203A' -> close == '\u2039' || close == '\u203A';
      case '\u300C' -> close == '\u300D';
      case '\u300E' -> close == '\u300F';
      case '\u301D' -> close == '\u301E' || close == '\u301F';
      case '\uFF02' -> close == '\uFF02';
      default -> false;
    };
  }

  /** Whether {@code c} is a single (not double) quote mark: these double as apostrophes. */
  public static boolean isSingle(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u2039'
        || c == '\u203A';
  }

  /**
   * Whether {@code c} looks the same opening and closing, so only context tells its direction: {@code "},
   * {@code '}, {@code »}, {@code ›} and {@code ＂}.
   */
  public static boolean isSymmetric(char c) {
    return c == '"' || c == '\'' || c == '\u00BB' || c == '\u203A' || c == '\uFF02';
  }

  /**
   * Whether a paragraph starting with {@code c} re-opens a quotation opened with {@code open}. News
   * style re-opens each paragraph with the very mark that opened the quote; a change of style (a
   * straight mark after curly ones, or “ after „) is a new quotation from another source.
   */
  public static boolean reopens(char open, char c) {
    return c == open;
  }
}
