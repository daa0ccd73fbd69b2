/**
 * Verbatim core: the engine and its public API. Only {@code dev.verbatim} is exported to everyone; the
 * text model and the rules SPI are exported to the rules module alone.
 */
module dev.verbatim.core {
  requires com.ibm.icu;
  requires static org.jspecify;

  exports dev.verbatim;
  exports dev.verbatim.spi to dev.verbatim.rules;
  exports dev.verbatim.text to dev.verbatim.rules;

  uses dev.verbatim.spi.AttributionRulesProvider;
}
