package dev.verbatim.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Word segments with ICU4J's boundaries and rule statuses, several times faster on the text news is
 * written in. Runs of Latin letters, ASCII digits and common punctuation are segmented here by the
 * Unicode word-break rules that can apply to them (UAX #29 WB5–WB12); any run between white space
 * that holds another character (other scripts, combining marks, format characters, emoji, letters
 * joined to digits, {@code _}) is handed to ICU's word iterator, together with the white space before
 * it, so that the result is ICU's exactly. {@code WordSegmenterTest} checks this against ICU on
 * random and written text.
 *
 * <p>Per-call: one instance segments one text; the ICU iterator is cloned from the prototype only
 * when a run needs it.
 */
final class WordSegmenter {
  /** Segment kinds, as ICU's rule status ranges would classify them. */
  static final int NONE = 0;
  static final int NUMBER = 1;
  static final int LETTER = 2;

  /** Receives each segment, white space included, in text order. */
  interface Sink {
    void segment(int start, int end, int kind);
  }

  // Character classes. MID joins letters to letters and digits to digits (. ’ ‘ '); MID_NUM joins
  // only digits (, ;), MID_LETTER only letters (:). SPACE ends a run; OTHER is a segment of its own; COMPLEX sends the run to ICU.
  private static final byte C_OTHER = 0;
  private static final byte C_LETTER = 1;
  private static final byte C_DIGIT = 2;
  private static final byte C_MID = 3;
  private static final byte C_MID_NUM = 4;
  private static final byte C_SPACE = 5;
  private static final byte C_COMPLEX = 6;
  private static final byte C_MID_LETTER = 7;
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      byte k;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        k = C_LETTER;
      } else if (c >= '0' && c <= '9') {
        k = C_DIGIT;
      } else if (c == '.' || c == '\'') {
        k = C_MID;
      } else if (c == ':') {
        k = C_MID_LETTER; // ICU's English rules keep "note:this" whole, but not "10:30"
      } else if (c == ',' || c == ';') {
        k = C_MID_NUM;
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        k = C_SPACE;
      } else if (c < 0x20 || c == 0x7F || c == '_') {
        k = C_COMPLEX; // controls and the connector: ICU decides
      } else {
        k = C_OTHER;
      }
      ASCII[c] = k;
    }
  }

  private final BreakIterator prototype;
  private BreakIterator icu;

  WordSegmenter(BreakIterator prototype) {
    this.prototype = prototype;
  }

  private static byte classOf(char c) {
    if (c < 0x80) {
      return ASCII[c];
    }
    if (c >= '\u00C0' && c <= '\u024F') {
      return c == '\u00D7' || c == '\u00F7' ? C_OTHER : C_LETTER;
    }
    return switch (c) {
      case '\u2018', '\u2019' -> C_MID;
      case '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u00A3', '\u20AC', '\u00B0',
          '\u2022', '\u00AB', '\u00BB' -> C_OTHER;
      default -> C_COMPLEX;
    };
  }

  void segment(String text, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int spaceStart = i;
      while (i < n && classOf(text.charAt(i)) == C_SPACE) {
        i++;
      }
      int runStart = i;
      boolean simple = true;
      while (i < n) {
        byte k = classOf(text.charAt(i));
        if (k == C_SPACE) {
          break;
        }
        simple &= k != C_COMPLEX;
        i++;
      }
      int runEnd = i;
      if (simple && segmentRun(text, runStart, runEnd, spaceStart, sink)) {
        continue;
      }
      icu(text, spaceStart, runEnd, sink);
    }
  }

  /**
   * Segments {@code [start, end)}, a run with no white space or complex character, after reporting
   * the white space before it. False, having reported nothing, when the run joins a letter and a
   * digit (ICU's status then depends on the order of its rules).
   */
  private static boolean segmentRun(String text, int start, int end, int spaceStart, Sink sink) {
    for (int k = start + 1; k < end; k++) {
      byte a = classOf(text.charAt(k - 1));
      byte b = classOf(text.charAt(k));
      if (a == C_LETTER && b == C_DIGIT || a == C_DIGIT && b == C_LETTER) {
        return false;
      }
    }
    if (spaceStart < start) {
      spaces(text, spaceStart, start, sink);
    }
    int k = start;
    while (k < end) {
      byte c = classOf(text.charAt(k));
      if (c != C_LETTER && c != C_DIGIT) {
        sink.segment(k, k + 1, NONE);
        k++;
        continue;
      }
      int j = k + 1;
      while (j < end) {
        byte d = classOf(text.charAt(j));
        if (d == c) {
          j++;
        } else if (j + 1 < end && classOf(text.charAt(j + 1)) == c
            && (d == C_MID || d == C_MID_NUM && c == C_DIGIT || d == C_MID_LETTER && c == C_LETTER)) {
          j += 2; // WB6/7 "don't", "U.S", "a:b"; WB11/12 "1,000", "3.5"
        } else {
          break;
        }
      }
      sink.segment(k, j, c == C_LETTER ? LETTER : NUMBER);
      k = j;
    }
    return true;
  }

  /** White space as ICU splits it: line breaks alone (CR LF together), other spaces in one run. */
  private static void spaces(String text, int start, int end, Sink sink) {
    int k = start;
    while (k < end) {
      char c = text.charAt(k);
      int j = k + 1;
      if (c == '\r' && j < end && text.charAt(j) == '\n') {
        j++;
      } else if (c == ' ' || c == '\t') {
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
      }
      sink.segment(k, j, NONE);
      k = j;
    }
  }

  private void icu(String text, int start, int end, Sink sink) {
    if (icu == null) {
      icu = (BreakIterator) prototype.clone();
    }
    icu.setText(text.substring(start, end));
    int s = icu.first();
    for (int e = icu.next(); e != BreakIterator.DONE; s = e, e = icu.next()) {
      int status = icu.getRuleStatus();
      int kind = status >= BreakIterator.WORD_LETTER ? LETTER
          : status >= BreakIterator.WORD_NUMBER ? NUMBER : NONE;
      sink.segment(start + s, start + e, kind);
    }
  }
}
