package dev.verbatim.text;

import java.util.Arrays;

/** A growable list of ints, to keep offsets unboxed. Not thread-safe: per-call use only. */
public final class IntList {
  private int[] data;
  private int size;

  public IntList() {
    this(8);
  }

  public IntList(int capacity) {
    data = new int[Math.max(2, capacity)];
  }

  public void add(int v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size++] = v;
  }

  public int get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i + " >= " + size);
    }
    return data[i];
  }

  public void set(int i, int v) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i + " >= " + size);
    }
    data[i] = v;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public int[] toArray() {
    return Arrays.copyOf(data, size);
  }

  /** The backing array; valid up to {@link #size()}. */
  public int[] raw() {
    return data;
  }
}
