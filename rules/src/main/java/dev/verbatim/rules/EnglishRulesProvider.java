package dev.verbatim.rules;

import dev.verbatim.LexiconName;
import dev.verbatim.spi.AttributionRules;
import dev.verbatim.spi.AttributionRulesProvider;
import java.util.List;
import java.util.Map;

/** Provides {@link EnglishRules} to the engine; found with {@link java.util.ServiceLoader}. */
public final class EnglishRulesProvider implements AttributionRulesProvider {
  /** Required by {@link java.util.ServiceLoader}. */
  public EnglishRulesProvider() {}

  @Override
  public AttributionRules create(Map<LexiconName, List<String>> replaced,
      Map<LexiconName, List<String>> extended) {
    return new EnglishRules(Lexicons.load(replaced, extended));
  }
}
