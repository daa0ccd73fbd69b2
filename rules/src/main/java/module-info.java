/**
 * Verbatim's English attribution rules. Exports nothing: the engine in {@code dev.verbatim.core} finds
 * the rules through {@link java.util.ServiceLoader}.
 */
module dev.verbatim.rules {
  requires dev.verbatim.core;
  requires com.google.common;
  requires static org.jspecify;

  // The lexicon files sit in this package and core's LexiconFile reads them on our behalf; on the
  // module path a package's resources are encapsulated unless opened to the reading module.
  opens dev.verbatim.rules to dev.verbatim.core;

  provides dev.verbatim.spi.AttributionRulesProvider with dev.verbatim.rules.EnglishRulesProvider;
}
