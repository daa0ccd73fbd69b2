package dev.verbatim.check;

import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Collects the turns of one source while it is parsed. Per-parse state; not thread-safe. */
final class TurnBuilder {
  private final String text;
  private final List<Turn> turns = new ArrayList<>();
  private @Nullable String speaker;
  private boolean anonymous;
  private List<Span> segments = new ArrayList<>();
  private List<Timing> timings = new ArrayList<>();

  TurnBuilder(String text) {
    this.text = text;
  }

  /** Starts a new turn for {@code label}, unless the current turn already has that speaker. */
  void speaker(@Nullable String label, boolean anon) {
    if (Objects.equals(label, speaker) && !segments.isEmpty()) {
      return;
    }
    flush();
    speaker = label;
    anonymous = anon;
  }

  /** Adds {@code [start, end)} to the current turn, trimmed; blank ranges are skipped. */
  void segment(int start, int end, @Nullable Timing timing) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      segments.add(Span.of(text, start, end));
      if (timing != null) {
        timings.add(timing);
      }
    }
  }

  List<Turn> build() {
    flush();
    return List.copyOf(turns);
  }

  private void flush() {
    if (!segments.isEmpty()) {
      turns.add(new Turn(speaker, anonymous, segments, timings.size() == segments.size()
          ? timings : List.of()));
    }
    segments = new ArrayList<>();
    timings = new ArrayList<>();
  }
}
