package dev.verbatim;

import static java.util.Objects.requireNonNull;

/**
 * A half-open {@code [start, end)} range of UTF-16 indices into the analysed text, with the text it
 * covers. {@code text()} always equals {@code input.substring(start, end)}.
 *
 * <p>Immutable and thread-safe. No component is ever null.
 *
 * @param start first UTF-16 index, inclusive
 * @param end last UTF-16 index, exclusive; never less than {@code start}
 * @param text the covered text
 */
public record Span(int start, int end, String text) {

  public Span {
    requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") has text of length " + text.length());
    }
  }

  /** The span {@code [start, end)} of {@code input}, its text taken from the input. */
  public static Span of(String input, int start, int end) {
    requireNonNull(input, "input");
    if (start < 0 || end < start || end > input.length()) {
      throw new IndexOutOfBoundsException(
          "span [" + start + ", " + end + ") is outside a text of length " + input.length());
    }
    return new Span(start, end, input.substring(start, end));
  }

  /** Number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span and {@code other} share at least one index. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Whether {@code other} lies within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
