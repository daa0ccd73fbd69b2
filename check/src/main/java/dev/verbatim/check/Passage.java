package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import dev.verbatim.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The source passage a quote, or one segment of a quote split across sources, was matched to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source index of the source in {@link CheckReport#sources()}
 * @param sourceName that source's {@link SourceText#name()}
 * @param span the passage in {@link SourceText#text()}, from its first to its last matched word
 * @param article the article spans this passage accounts for
 * @param speaker the transcript speaker label of the passage, or {@code null} when the source names
 *     none there
 * @param anonymousSpeaker whether that label names nobody ({@code Q:}, {@code [Speaker 2]})
 * @param timing the cue timing from the passage's first to its last cue, or {@code null} when the
 *     source is not a subtitle file
 * @param similarity word-level similarity with the quote's words, in {@code [0, 1]}
 */
public record Passage(int source, String sourceName, Span span, List<Span> article,
    @Nullable String speaker, boolean anonymousSpeaker, @Nullable Timing timing,
    double similarity) {
  public Passage {
    requireNonNull(sourceName, "sourceName");
    requireNonNull(span, "span");
    article = List.copyOf(article);
  }
}
