package dev.verbatim.text;

/**
 * Finds paragraphs. A blank line always ends one. A single line break ends one too unless the text is
 * hard-wrapped: most of its single breaks fall mid-sentence (the next line starts lower-case after a
 * line that does not end a sentence). Blank lines are not required: a wrapped text without them is
 * one paragraph, which is better than cutting every sentence and quote at each line. Thread-safe.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** Returns start/end pairs, trimmed of surrounding white space, of the non-empty paragraphs. */
  static IntList split(String text) {
    // Most texts break lines with \n alone: then String.indexOf (vectorised) finds every break.
    boolean lfOnly = text.indexOf('\r') < 0 && text.indexOf('\u2029') < 0;
    boolean wrapped = isHardWrapped(text, lfOnly);
    IntList out = new IntList();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      if (lfOnly) {
        i = text.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        int lineEnd = i;
        int next = skipBreak(text, i);
        int afterBlank = next;
        boolean blank = false;
        // Blank lines: further breaks separated only by spaces.
        while (true) {
          int j = afterBlank;
          while (j < n && isHorizontalSpace(text.charAt(j))) {
            j++;
          }
          if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r'
              || text.charAt(j) == '\u2029')) {
            blank = true;
            afterBlank = skipBreak(text, j);
          } else {
            break;
          }
        }
        if (blank || !wrapped || c == '\u2029') {
          add(out, text, start, lineEnd);
          start = afterBlank;
        }
        i = afterBlank;
      } else {
        i++;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static int skipBreak(String text, int i) {
    if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
      return i + 2;
    }
    return i + 1;
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  private static void add(IntList out, String text, int s, int e) {
    while (s < e && QuoteDetector.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && QuoteDetector.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(s);
      out.add(e);
    }
  }

  private static boolean isHardWrapped(String text, boolean lfOnly) {
    int singles = 0;
    int midSentence = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (lfOnly) {
        i = text.indexOf('\n', i);
        if (i < 0) {
          break;
        }
      }
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        continue;
      }
      int j = skipBreak(text, i);
      int k = j;
      while (k < n && isHorizontalSpace(text.charAt(k))) {
        k++;
      }
      if (k < n && (text.charAt(k) == '\n' || text.charAt(k) == '\r')) {
        // Skip the whole blank run: its last break is not a single break of its own.
        while (k < n && (text.charAt(k) == '\n' || text.charAt(k) == '\r'
            || isHorizontalSpace(text.charAt(k)))) {
          k++;
        }
        i = k - 1;
        continue;
      }
      singles++;
      int p = i - 1;
      while (p >= 0 && isHorizontalSpace(text.charAt(p))) {
        p--;
      }
      char last = p >= 0 ? text.charAt(p) : '.';
      boolean endsSentence = last == '.' || last == '!' || last == '?' || last == ':'
          || last == '\u201D' || last == '"';
      if (!endsSentence && k < n && !Character.isUpperCase(text.charAt(k))) {
        midSentence++;
      }
      i = j - 1;
    }
    return singles > 0 && midSentence * 2 > singles;
  }
}
