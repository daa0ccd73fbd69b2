package dev.verbatim.text;

import java.util.Arrays;

/** A growable list of bytes. Not thread-safe: per-call use only. */
final class ByteList {
  private byte[] data;
  private int size;

  ByteList(int capacity) {
    data = new byte[Math.max(2, capacity)];
  }

  void add(byte v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size++] = v;
  }

  byte[] toArray() {
    return Arrays.copyOf(data, size);
  }

  /** The backing array; valid up to the number of bytes added. */
  byte[] raw() {
    return data;
  }
}
