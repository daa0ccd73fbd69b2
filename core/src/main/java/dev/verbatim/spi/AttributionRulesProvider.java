package dev.verbatim.spi;

import dev.verbatim.LexiconName;
import java.util.List;
import java.util.Map;

/**
 * Found with {@link java.util.ServiceLoader}: builds the rules for one engine, once, at {@code build()}.
 */
public interface AttributionRulesProvider {
  /**
   * Builds the rules.
   *
   * @param replaced lexicons the caller replaced, as raw lines in the shipped file format
   * @param extended lines the caller added to the shipped lexicons
   * @throws IllegalArgumentException when a lexicon line cannot be parsed; the message names the line
   */
  AttributionRules create(Map<LexiconName, List<String>> replaced,
      Map<LexiconName, List<String>> extended);
}
