package dev.verbatim.spark;

import dev.verbatim.QuoteAttributor;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine configuration shipped to executors with the UDF: a few bytes, where an engine is not
 * serializable and costs a lexicon load to build.
 *
 * <p>Immutable and thread-safe. {@link #engine()} builds one engine per distinct settings per JVM, on
 * first use, and every task on that executor shares it (engines are thread-safe), so the lexicons
 * load once per executor rather than once per task or row.
 *
 * @param reportNonSpeech whether scare quotes and titles come back as {@code non-speech} quotes
 * @param maxDocumentLength longest text attributed, in UTF-16 units; longer texts yield {@code null}
 */
public record EngineSettings(boolean reportNonSpeech, int maxDocumentLength) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One engine per settings in this JVM: a cache of immutable engines, never configuration. */
  private static final Map<EngineSettings, QuoteAttributor> ENGINES = new ConcurrentHashMap<>();

  /** The engine's defaults: speech quotes only, {@link QuoteAttributor#DEFAULT_MAX_DOCUMENT_LENGTH}. */
  public static EngineSettings defaults() {
    return new EngineSettings(false, QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  public EngineSettings {
    if (maxDocumentLength <= 0) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be positive, was " + maxDocumentLength);
    }
  }

  /** This JVM's engine for these settings, built on first call. */
  public QuoteAttributor engine() {
    return ENGINES.computeIfAbsent(this, s -> QuoteAttributor.builder()
        .reportNonSpeech(s.reportNonSpeech)
        .maxDocumentLength(s.maxDocumentLength)
        .build());
  }
}
