package dev.verbatim.check;

import java.util.Arrays;

/**
 * A growable list of word tokens: normalised form, kind, offsets and a sentence-end flag. Per-call
 * working state; not thread-safe.
 */
final class Tokens {
  static final byte WORD = 0;
  /** An article ellipsis ({@code ...}, {@code …}): stands for any number of dropped source words. */
  static final byte ELLIPSIS = 1;
  /** An article bracketed insertion ({@code [the president]}): stands for a few source words. */
  static final byte INSERTION = 2;

  private int size;
  private String[] norm = new String[16];
  private byte[] kind = new byte[16];
  private int[] start = new int[16];
  private int[] end = new int[16];
  private boolean[] sentenceEnd = new boolean[16];

  void add(byte k, String n, int s, int e) {
    if (size == norm.length) {
      int cap = size * 2;
      norm = Arrays.copyOf(norm, cap);
      kind = Arrays.copyOf(kind, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      sentenceEnd = Arrays.copyOf(sentenceEnd, cap);
    }
    norm[size] = n;
    kind[size] = k;
    start[size] = s;
    end[size] = e;
    size++;
  }

  void markSentenceEnd() {
    if (size > 0) {
      sentenceEnd[size - 1] = true;
    }
  }

  int size() {
    return size;
  }

  String norm(int i) {
    return norm[i];
  }

  byte kind(int i) {
    return kind[i];
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  boolean sentenceEnd(int i) {
    return sentenceEnd[i];
  }
}
