package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an article's quotes against what the sources really say.
 *
 * <pre>{@code
 * QuoteChecker checker = QuoteChecker.builder().threshold(0.6).build(); // once
 * CheckReport report = checker.check(articleText, List.of(SourceText.read(path)));
 * }</pre>
 *
 * <p>For each direct quote, and each quote-marked fragment of a mixed quote, the best-matching
 * passage across all sources is found with a word-level alignment that ignores case, punctuation,
 * curly versus straight marks, hyphenation and spacing: a word-trigram index finds candidate regions
 * and a windowed edit-distance alignment scores each. A quote whose whole does not match is also
 * tried sentence by sentence (and piece by piece), so a quote stitched from two sources reports both
 * passages. Then each quote is classified (see {@link CheckClass}).
 *
 * <p><b>Similarity</b> is {@code 2 × matched words / (quote words + passage words)}, where words an
 * ellipsis or bracketed insertion stands for are left out of the count. A quote whose best passage
 * scores below the threshold ({@value #DEFAULT_THRESHOLD} by default) is {@link CheckClass#NOT_FOUND}.
 *
 * <p>Immutable and thread-safe: build one and share it. All per-check state lives in per-call
 * objects. Checking against a {@code List<SourceText>} indexes the sources on each call; to check
 * many articles against the same sources, build a {@link SourceIndex} once.
 */
public final class QuoteChecker {
  /**
   * The default similarity threshold: a ten-word quote against a ten-word passage needs six words in
   * common to count as found (then ALTERED unless all match).
   */
  public static final double DEFAULT_THRESHOLD = 0.6;
  /** The default context window: how many source words either side are searched for cues. */
  public static final int DEFAULT_CONTEXT_WINDOW = 6;

  private final QuoteAttributor attributor;
  private final double threshold;
  private final int contextWindow;
  private final ContextCues cues;

  private QuoteChecker(Builder b) {
    this.attributor = b.attributor == null ? QuoteAttributor.create() : b.attributor;
    this.threshold = b.threshold;
    this.contextWindow = b.contextWindow;
    this.cues = ContextCues.parse(b.cueLines == null ? ContextCues.defaultLines() : b.cueLines);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the quotes in {@code article} with the configured {@link QuoteAttributor} and checks them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the article is too long for the attributor, or the sources
   *     together have more than 16,777,215 words
   */
  public CheckReport check(String article, List<SourceText> sources) {
    requireNonNull(article, "article");
    return check(attributor.attribute(article), sources);
  }

  /** Checks the quotes of an article attributed earlier. Same exceptions as {@link #check(String, List)}. */
  public CheckReport check(AttributionResult attribution, List<SourceText> sources) {
    requireNonNull(attribution, "attribution");
    return check(attribution, SourceIndex.of(sources));
  }

  /**
   * Checks {@code article} against sources indexed once for many articles.
   *
   * @throws IllegalArgumentException if the article is too long for the attributor
   */
  public CheckReport check(String article, SourceIndex sources) {
    requireNonNull(article, "article");
    requireNonNull(sources, "sources");
    return check(attributor.attribute(article), sources);
  }

  /** Checks the quotes of an article attributed earlier against indexed sources. */
  public CheckReport check(AttributionResult attribution, SourceIndex sources) {
    requireNonNull(attribution, "attribution");
    requireNonNull(sources, "sources");
    Corpus corpus = sources.corpus;
    CheckRun run = new CheckRun(attribution, corpus, threshold, contextWindow, cues);
    List<QuoteCheck> checks = new ArrayList<>();
    for (ArticleTargets.Target t : ArticleTargets.of(attribution)) {
      QuoteCheck c = run.check(t);
      if (c != null) {
        checks.add(c);
      }
    }
    return new CheckReport(attribution.text(), sources.sources(), checks, threshold);
  }

  /** The similarity threshold below which a quote is NOT_FOUND. */
  public double threshold() {
    return threshold;
  }

  /** How many source words either side of a passage are searched for context cues. */
  public int contextWindow() {
    return contextWindow;
  }

  /** Configures a {@link QuoteChecker}. Each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private QuoteAttributor attributor;
    private double threshold = DEFAULT_THRESHOLD;
    private int contextWindow = DEFAULT_CONTEXT_WINDOW;
    private List<String> cueLines;

    private Builder() {}

    /**
     * The similarity, in {@code (0, 1]}, a passage needs to count as the quote's source. Default
     * {@value QuoteChecker#DEFAULT_THRESHOLD}. Higher is stricter: 1 accepts only exact and marked
     * (elided) matches.
     *
     * @throws IllegalArgumentException if outside {@code (0, 1]}
     */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException(
            "threshold must be in (0, 1], was " + threshold + "; the default is "
                + DEFAULT_THRESHOLD);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * How many source words before and after a passage (within its sentence or the next, and its
     * turn) are searched for negations and reversals. Default {@value
     * QuoteChecker#DEFAULT_CONTEXT_WINDOW}; 0 turns the context check off except for dropped words.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder contextWindow(int words) {
      if (words < 0) {
        throw new IllegalArgumentException("contextWindow must be >= 0, was " + words);
      }
      this.contextWindow = words;
      return this;
    }

    /** The engine that finds and attributes the article's quotes. Default {@link QuoteAttributor#create()}. */
    public Builder attributor(QuoteAttributor attributor) {
      this.attributor = requireNonNull(attributor, "attributor");
      return this;
    }

    /**
     * Replaces the shipped context-cue lexicon, in its format: {@code before: PHRASE}, {@code after:
     * PHRASE} or {@code either: PHRASE} per line, {@code #} comments. Checked at {@link #build()}.
     */
    public Builder contextCues(List<String> lines) {
      this.cueLines = List.copyOf(requireNonNull(lines, "lines"));
      return this;
    }

    /**
     * Builds the checker.
     *
     * @throws IllegalArgumentException naming the first bad context-cue line
     */
    public QuoteChecker build() {
      return new QuoteChecker(this);
    }
  }
}
