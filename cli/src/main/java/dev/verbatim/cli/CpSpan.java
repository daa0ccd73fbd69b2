package dev.verbatim.cli;

import java.util.BitSet;
import java.util.List;

/**
 * A half-open {@code [start, end)} range of code-point offsets, as in the gold files. Immutable and
 * thread-safe; {@code start > end} is allowed and covers nothing, like Python's {@code range}.
 */
record CpSpan(int start, int end) {
  /** The set of code-point offsets covered by {@code spans} (the reference scorer's {@code chars}). */
  static BitSet chars(List<CpSpan> spans) {
    BitSet out = new BitSet();
    for (CpSpan s : spans) {
      if (s.start < s.end) {
        out.set(s.start, s.end);
      }
    }
    return out;
  }

  /** Whether this span covers any offset in {@code set}. */
  boolean overlaps(BitSet set) {
    if (start >= end) {
      return false;
    }
    int next = set.nextSetBit(start);
    return next >= 0 && next < end;
  }
}
