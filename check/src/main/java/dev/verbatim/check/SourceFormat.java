package dev.verbatim.check;

/** How a {@link SourceText} was read. Immutable and thread-safe. */
public enum SourceFormat {
  /** Running text with no speaker labels: a press release, an earlier article. */
  PLAIN,
  /** A transcript whose lines start with speaker labels: {@code NAVARRO:}, {@code Q:}, {@code [Speaker 2]}. */
  TRANSCRIPT,
  /** A WebVTT subtitle file; {@code <v Name>} voice tags name the speakers. */
  WEBVTT,
  /** A SubRip ({@code .srt}) subtitle file. */
  SRT
}
