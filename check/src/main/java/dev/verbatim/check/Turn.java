package dev.verbatim.check;

import dev.verbatim.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One speaker's turn in a source: the text between one speaker label and the next. A plain-text
 * source is a single turn with no speaker.
 *
 * <p>Immutable and thread-safe.
 *
 * @param speaker the label as written ({@code SEN. NAVARRO}, {@code Q}, {@code Speaker 2}), or
 *     {@code null} when the source names no speaker here
 * @param anonymous whether the label names nobody ({@code Q:}/{@code A:}, {@code [Speaker 2]},
 *     {@code Unidentified}); such turns are never reported as misattributed
 * @param segments the spoken text, as spans of {@link SourceText#text()}: one per line or cue,
 *     labels, cue numbers and timing lines left out; never empty
 * @param timings the cue timing of each segment, for subtitles; empty for other formats
 */
public record Turn(@Nullable String speaker, boolean anonymous, List<Span> segments,
    List<Timing> timings) {
  public Turn {
    segments = List.copyOf(segments);
    timings = List.copyOf(timings);
    if (!timings.isEmpty() && timings.size() != segments.size()) {
      throw new IllegalArgumentException("a turn needs one timing per segment, or none");
    }
  }

  /** The timing of segment {@code i}, or {@code null} when the source has no timings. */
  public @Nullable Timing timing(int i) {
    return timings.isEmpty() ? null : timings.get(i);
  }
}
