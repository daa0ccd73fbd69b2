/**
 * Verbatim's English attribution rules. Exports nothing: the engine in {@code dev.verbatim.core} finds
 * the rules through {@link java.util.ServiceLoader}.
 */
module dev.verbatim.rules {
  requires dev.verbatim.core;
  requires com.google.common;
  requires static org.jspecify;

  provides dev.verbatim.spi.AttributionRulesProvider with dev.verbatim.rules.EnglishRulesProvider;
}
