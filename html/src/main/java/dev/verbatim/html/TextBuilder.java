package dev.verbatim.html;

import java.util.Arrays;

/**
 * Builds the extracted text and, for each of its characters, the source range it came from. White
 * space and breaks are held back until the next visible character, so runs collapse to one space or
 * one break and the text never starts or ends with either. Every range is clamped to follow the
 * previous one, so the map stays monotone even when the tree builder moved text.
 *
 * <p>Not thread-safe: one per extraction.
 */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int prevStart;
  private int prevEnd;

  /** 0 for none, 1 for a line break, 2 for a paragraph break. */
  private int pendingBreak;
  private int breakPos;
  private boolean pendingSpace;
  private int spaceStart;
  private int spaceEnd;

  /** A collapsible white-space character at source {@code [s, e)}. */
  void space(int s, int e) {
    if (!pendingSpace && pendingBreak == 0 && text.length() > 0) {
      pendingSpace = true;
      spaceStart = s;
      spaceEnd = e;
    }
  }

  /** A line ({@code level} 1) or paragraph (2) break requested at source position {@code pos}. */
  void lineBreak(int level, int pos) {
    if (text.length() == 0) {
      return;
    }
    if (pendingBreak == 0) {
      breakPos = pos;
    }
    pendingBreak = Math.max(pendingBreak, level);
    pendingSpace = false;
  }

  /** Whether a break will be written before the next character. */
  boolean breakPending() {
    return pendingBreak > 0;
  }

  /** Writes the pending break or space, if any. */
  void flush() {
    if (pendingBreak > 0) {
      for (int k = 0; k < pendingBreak; k++) {
        put('\n', breakPos, breakPos);
      }
    } else if (pendingSpace) {
      put(' ', spaceStart, spaceEnd);
    }
    pendingBreak = 0;
    pendingSpace = false;
  }

  /** A visible character: writes what is pending, then {@code c}. */
  void append(char c, int s, int e) {
    flush();
    put(c, s, e);
  }

  /**
   * A closing quote mark: written at once, before any pending break or space, which stay pending
   * (now placed after the mark in the source too).
   */
  void appendClosing(char c, int s, int e) {
    put(c, s, e);
    if (pendingSpace) {
      spaceStart = prevEnd;
      spaceEnd = prevEnd;
    }
    breakPos = Math.max(breakPos, prevEnd);
  }

  /** Source position just after the last written character's source. */
  int lastEnd() {
    return prevEnd;
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  private void put(char c, int s, int e) {
    int n = text.length();
    if (n > 0 && s < prevEnd && !(s == prevStart && e == prevEnd)) {
      s = prevEnd;
    }
    e = Math.max(e, s);
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    text.append(c);
    starts[n] = s;
    ends[n] = e;
    prevStart = s;
    prevEnd = e;
  }

  String text() {
    return text.toString();
  }

  int[] starts() {
    return Arrays.copyOf(starts, text.length());
  }

  int[] ends() {
    return Arrays.copyOf(ends, text.length());
  }
}
