package dev.verbatim;

import static java.util.Objects.requireNonNull;

import dev.verbatim.spi.AttributionRules;
import dev.verbatim.spi.AttributionRulesProvider;
import dev.verbatim.text.SpeechHeuristic;
import dev.verbatim.text.TextAnalyzer;
import dev.verbatim.text.TextDocument;
import dev.verbatim.text.TextShape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The engine: finds every quotation and reported statement in an English text and says who said it.
 *
 * <pre>{@code
 * QuoteAttributor attributor = QuoteAttributor.builder().build(); // once, at start-up
 * AttributionResult result = attributor.attribute(text);          // on any thread
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it across threads, like a compiled regex. Building
 * loads the lexicons once; {@link #attribute(String)} keeps all its state in per-call objects.
 *
 * <p>{@code attribute} never throws on content: unbalanced marks, odd Unicode and control characters
 * are degraded gracefully and every offset stays valid. It throws only for a {@code null} text and for
 * a text longer than {@link Builder#maxDocumentLength(int)}.
 *
 * <p>The English rules come from the {@code verbatim-rules} artifact, found with {@link ServiceLoader}.
 * Without it the engine still detects direct quotes, with no speakers.
 */
public final class QuoteAttributor {
  /** The default {@link Builder#maxDocumentLength(int)}: 64 Mi UTF-16 units. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;

  private final TextAnalyzer analyzer;
  private final AttributionRules rules;
  private final int maxDocumentLength;
  private final boolean reportNonSpeech;
  private final Genre genre;

  private QuoteAttributor(Builder b, TextAnalyzer analyzer, AttributionRules rules) {
    this.analyzer = analyzer;
    this.rules = rules;
    this.maxDocumentLength = b.maxDocumentLength;
    this.reportNonSpeech = b.reportNonSpeech;
    this.genre = b.genre;
  }

  /** A builder with the defaults: shipped lexicons, speech quotes only, 64 Mi-unit limit. */
  public static Builder builder() {
    return new Builder();
  }

  /** An engine with every default; the same as {@code builder().build()}. */
  public static QuoteAttributor create() {
    return builder().build();
  }

  /**
   * Finds and attributes the quotations in {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than {@link #maxDocumentLength()}
   */
  public AttributionResult attribute(String text) {
    requireNonNull(text, "text must not be null; pass \"\" for an empty document");
    if (text.length() > maxDocumentLength) {
      throw new IllegalArgumentException("document of " + text.length()
          + " UTF-16 units exceeds the limit of " + maxDocumentLength
          + "; raise it with QuoteAttributor.builder().maxDocumentLength(int)");
    }
    TextDocument doc = analyzer.analyze(text);
    Genre g = genre == Genre.AUTO
        ? (TextShape.looksLikeFiction(doc) ? Genre.FICTION : Genre.NEWS) : genre;
    return Assembler.assemble(text, g == Genre.NEWS
        ? rules.attribute(doc, reportNonSpeech) : rules.attribute(doc, reportNonSpeech, g));
  }

  /** The genre set with {@link Builder#genre(Genre)}; {@link Genre#NEWS} by default. */
  public Genre genre() {
    return genre;
  }

  /** The longest text {@link #attribute(String)} accepts, in UTF-16 units. */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /** Whether scare quotes and titles are reported as {@link QuoteKind#NON_SPEECH}. */
  public boolean reportsNonSpeech() {
    return reportNonSpeech;
  }

  /** Whether English attribution rules were found; without them no quote has a speaker. */
  public boolean hasAttributionRules() {
    return !(rules instanceof DetectionOnly);
  }

  /**
   * Configures a {@link QuoteAttributor}. Each setter validates its argument at once. Not thread-safe;
   * the engines it builds are.
   */
  public static final class Builder {
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private boolean reportNonSpeech;
    private Genre genre = Genre.NEWS;
    private final Map<LexiconName, List<String>> replaced = new EnumMap<>(LexiconName.class);
    private final Map<LexiconName, List<String>> extended = new EnumMap<>(LexiconName.class);

    private Builder() {}

    /**
     * The longest document accepted, in UTF-16 units; longer ones are refused with an {@link
     * IllegalArgumentException}. Default {@link QuoteAttributor#DEFAULT_MAX_DOCUMENT_LENGTH} (64 Mi).
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxDocumentLength(int length) {
      if (length <= 0) {
        throw new IllegalArgumentException(
            "maxDocumentLength must be positive, was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /** Whether to return scare quotes, titles and nicknames as {@link QuoteKind#NON_SPEECH}. */
    public Builder reportNonSpeech(boolean report) {
      this.reportNonSpeech = report;
      return this;
    }

    /**
     * The kind of text to read (see {@link Genre}). Default {@link Genre#NEWS}, the news behaviour;
     * {@link Genre#FICTION} reads dialogue the way novels write it; {@link Genre#AUTO} decides per
     * document from the text's shape.
     *
     * @throws NullPointerException if {@code genre} is null
     */
    public Builder genre(Genre genre) {
      this.genre = requireNonNull(genre, "genre must be NEWS, FICTION or AUTO, not null");
      return this;
    }

    /**
     * Replaces a shipped lexicon with {@code lines}, in the shipped file's format ({@code #} comments
     * allowed). Lines are parsed at {@link #build()}, which reports the first bad one.
     */
    public Builder lexicon(LexiconName name, List<String> lines) {
      requireNonNull(name, "name");
      replaced.put(name, copyLines(lines));
      return this;
    }

    /** Adds {@code lines} to a lexicon, shipped or replaced, in the same format. */
    public Builder extendLexicon(LexiconName name, List<String> lines) {
      requireNonNull(name, "name");
      List<String> copy = copyLines(lines);
      extended.computeIfAbsent(name, k -> new ArrayList<>()).addAll(copy);
      return this;
    }

    private static List<String> copyLines(List<String> lines) {
      requireNonNull(lines, "lines");
      for (int i = 0; i < lines.size(); i++) {
        requireNonNull(lines.get(i), "lexicon line " + (i + 1) + " is null");
      }
      return List.copyOf(lines);
    }

    /**
     * Builds the engine, loading every lexicon once.
     *
     * @throws IllegalArgumentException if a lexicon line cannot be parsed
     * @throws IllegalStateException if lexicons were configured but no rules module is present
     */
    public QuoteAttributor build() {
      List<String> abbreviations = new ArrayList<>(
          replaced.getOrDefault(LexiconName.ABBREVIATIONS, TextAnalyzer.defaultAbbreviations()));
      abbreviations.addAll(extended.getOrDefault(LexiconName.ABBREVIATIONS, List.of()));
      AttributionRules rules = loadRules();
      TextAnalyzer analyzer = new TextAnalyzer(
          new java.util.HashSet<>(dev.verbatim.text.LexiconFile.entries(abbreviations)),
          dev.verbatim.text.Vocabulary.of(rules.vocabulary()));
      return new QuoteAttributor(this, analyzer, rules);
    }

    private AttributionRules loadRules() {
      Iterator<AttributionRulesProvider> it =
          ServiceLoader.load(AttributionRulesProvider.class, QuoteAttributor.class.getClassLoader())
              .iterator();
      if (it.hasNext()) {
        return it.next().create(Map.copyOf(replaced), Map.copyOf(extended));
      }
      boolean configured = replaced.keySet().stream().anyMatch(n -> n != LexiconName.ABBREVIATIONS)
          || extended.keySet().stream().anyMatch(n -> n != LexiconName.ABBREVIATIONS);
      if (configured) {
        throw new IllegalStateException("lexicons were configured but no attribution rules were "
            + "found; add the dev.verbatim:verbatim-rules dependency");
      }
      return new DetectionOnly(new SpeechHeuristic(SpeechHeuristic.defaultNamingWords()));
    }
  }
}
