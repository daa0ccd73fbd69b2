package dev.verbatim.spi;

import dev.verbatim.Genre;
import dev.verbatim.text.TextDocument;
import java.util.Collection;
import java.util.List;

/**
 * Attributes the quotations of one analysed document, and finds its indirect speech and entities.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every thread of an engine, and
 * all per-document state lives in locals or per-call objects.
 */
public interface AttributionRules {
  /**
   * Attributes {@code doc}. Must not throw on any content; offsets it returns are checked and clamped
   * by the engine, but should already be valid.
   *
   * @param reportNonSpeech whether to return scare quotes and titles as {@code NON_SPEECH} quotes
   */
  Attribution attribute(TextDocument doc, boolean reportNonSpeech);

  /**
   * Attributes {@code doc} by the conventions of {@code genre}, already resolved ({@code NEWS} or
   * {@code FICTION}, never {@code AUTO}). Rules without genre-specific conventions read every genre
   * as news.
   */
  default Attribution attribute(TextDocument doc, boolean reportNonSpeech, Genre genre) {
    return attribute(doc, reportNonSpeech);
  }

  /**
   * The lower-case words these rules look tokens up by. The engine keeps one string per word and
   * gives it to every token spelled like it, so lookups of common words neither allocate nor hash
   * again. A word left out costs only speed; the default is none.
   */
  default Collection<String> vocabulary() {
    return List.of();
  }
}
