package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The sources prepared for checking: their words and the trigram index that finds candidate
 * passages. Building it is most of the cost of a check on long transcripts, so build it once to check
 * many articles against the same sources.
 *
 * <pre>{@code
 * SourceIndex index = SourceIndex.of(List.of(SourceText.read(Path.of("hearing.vtt"))));
 * for (String article : articles) {
 *   CheckReport r = checker.check(article, index);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: share it across threads and checkers.
 */
public final class SourceIndex {
  final Corpus corpus;

  private SourceIndex(Corpus corpus) {
    this.corpus = corpus;
  }

  /**
   * Indexes {@code sources}, in this order.
   *
   * @throws IllegalArgumentException if they have more than 16,777,215 words together
   */
  public static SourceIndex of(List<SourceText> sources) {
    requireNonNull(sources, "sources");
    return new SourceIndex(new Corpus(sources));
  }

  /** The indexed sources, in the order given. */
  public List<SourceText> sources() {
    return corpus.sources;
  }

  /** How many words the sources have together. */
  public int words() {
    return corpus.size();
  }
}
