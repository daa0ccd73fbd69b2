package dev.verbatim.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into comparable words. Case, punctuation, curly versus straight marks, apostrophes,
 * accents, hyphens and whitespace are not part of a word, so {@code “Well-known,”} and
 * {@code well known} give the same two words; a word broken by a hyphen at a line end is joined.
 * Stateless.
 */
final class Tokenizer {
  /** How brackets and angle tags are read. */
  enum Mode {
    /** Article quotes: ellipses and bracketed insertions become wildcard tokens. */
    ARTICLE,
    /** Transcripts and plain text: bracketed notes such as {@code [applause]} are skipped. */
    SOURCE,
    /** Subtitles: as {@link #SOURCE}, and {@code <v Name>}, {@code <i>} tags are skipped too. */
    SUBTITLE
  }

  /** Abbreviations whose period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sen",
      "rep", "gov", "gen", "jr", "sr", "vs", "prof", "rev", "lt", "col", "capt", "sgt", "no");

  private Tokenizer() {}

  static void tokenize(String text, int from, int to, Mode mode, Tokens out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' && mode == Mode.ARTICLE && ellipsisEnd(text, i, to) > i) {
        int e = ellipsisEnd(text, i, to);
        out.add(Tokens.ELLIPSIS, "", i, e);
        i = e;
      } else if (c == '\u2026') {
        if (mode == Mode.ARTICLE) {
          out.add(Tokens.ELLIPSIS, "", i, i + 1);
        }
        i++;
      } else if (c == '[' && !inWordBracket(text, i, from, to)) {
        int close = text.indexOf(']', i);
        if (close < 0 || close >= to || close - i > 120) {
          i++;
          continue;
        }
        String inside = text.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
        if (mode == Mode.ARTICLE && !inside.equals("sic") && !inside.isEmpty()) {
          out.add(Tokens.INSERTION, inside, i, close + 1);
        }
        i = close + 1;
      } else if (c == '<' && mode == Mode.SUBTITLE) {
        int close = text.indexOf('>', i);
        i = close < 0 || close >= to ? i + 1 : close + 1;
      } else if (Character.isLetterOrDigit(c) || c == '[') {
        i = word(text, i, to, out);
      } else {
        if ((c == '.' || c == '?' || c == '!') && out.size() > 0
            && !ABBREVIATIONS.contains(out.norm(out.size() - 1))
            && out.kind(out.size() - 1) == Tokens.WORD) {
          out.markSentenceEnd();
        }
        i++;
      }
    }
  }

  /** End of an ellipsis of three or more dots (spaced or not) starting at {@code i}, else {@code i}. */
  private static int ellipsisEnd(String text, int i, int to) {
    int dots = 0;
    int j = i;
    int end = i;
    while (j < to) {
      char c = text.charAt(j);
      if (c == '.') {
        dots++;
        j++;
        end = j;
      } else if (c == ' ' && j + 1 < to && text.charAt(j + 1) == '.') {
        j++;
      } else {
        break;
      }
    }
    return dots >= 3 ? end : i;
  }

  /** Whether the bracket at {@code i} edits a word in place, as in {@code [T]he} or {@code go[es]}. */
  private static boolean inWordBracket(String text, int i, int from, int to) {
    int close = text.indexOf(']', i);
    if (close < 0 || close >= to || close - i > 4) {
      return false;
    }
    boolean before = i > from && Character.isLetter(text.charAt(i - 1));
    boolean after = close + 1 < to && Character.isLetter(text.charAt(close + 1));
    return before || after;
  }

  private static int word(String text, int i, int to, Tokens out) {
    int start = i;
    StringBuilder sb = new StringBuilder();
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        i++;
      } else if (Character.isSurrogate(c) && Character.isLetter(text.codePointAt(i))) {
        sb.appendCodePoint(text.codePointAt(i));
        i += Character.charCount(text.codePointAt(i));
      } else if (c == '[' || c == ']' || c == '\u00AD') {
        // In-word bracket edits ("[T]he") and soft hyphens are not part of the word.
        if (c == '[' && !inWordBracket(text, i, start, to)) {
          break;
        }
        i++;
      } else if (isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
          && sb.length() > 0) {
        i++;
      } else if ((c == '.' || c == ',') && sb.length() > 0
          && Character.isDigit(sb.charAt(sb.length() - 1))
          && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
        i++; // 1,000 and 1000 are the same number; 3.5 keeps its digits
      } else if (c == '-' && lineBreakHyphen(text, i, to) > i) {
        i = lineBreakHyphen(text, i, to);
      } else {
        break;
      }
    }
    if (sb.length() > 0) {
      out.add(Tokens.WORD, normalize(sb), start, i);
    }
    return Math.max(i, start + 1);
  }

  /** After a hyphen ending a line and followed by a lower-case word, where the word resumes. */
  private static int lineBreakHyphen(String text, int i, int to) {
    int j = i + 1;
    boolean newline = false;
    while (j < to && Character.isWhitespace(text.charAt(j))) {
      newline |= text.charAt(j) == '\n';
      j++;
    }
    return newline && j < to && Character.isLowerCase(text.charAt(j)) ? j : i;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
  }

  static String normalize(CharSequence word) {
    String s = word.toString().toLowerCase(Locale.ROOT);
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) > 0x7F) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      }
    }
    return s;
  }
}
