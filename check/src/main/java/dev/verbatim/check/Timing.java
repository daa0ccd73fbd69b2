package dev.verbatim.check;

/**
 * When a subtitle cue is shown, in milliseconds from the start of the recording.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startMillis when the cue appears
 * @param endMillis when it disappears; never before {@code startMillis}
 */
public record Timing(long startMillis, long endMillis) {
  public Timing {
    if (startMillis < 0 || endMillis < startMillis) {
      throw new IllegalArgumentException(
          "cue timing " + startMillis + " --> " + endMillis + " ms is not a valid range");
    }
  }

  /** The timing from the start of this one to the end of {@code later}. */
  public Timing through(Timing later) {
    return new Timing(startMillis, Math.max(endMillis, later.endMillis));
  }

  /** {@code HH:MM:SS.mmm}, as in WebVTT. */
  public static String format(long millis) {
    return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
        millis / 1000 % 60, millis % 1000);
  }

  @Override
  public String toString() {
    return format(startMillis) + " --> " + format(endMillis);
  }
}
