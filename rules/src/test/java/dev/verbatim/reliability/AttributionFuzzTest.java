package dev.verbatim.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.verbatim.QuoteAttributor;

/**
 * Coverage-guided fuzzing of the whole engine through its public API, with the English rules when they
 * are on the class path. In a normal build this runs in regression mode over the checked-in inputs in
 * {@code src/test/resources/dev/verbatim/reliability/AttributionFuzzTestInputs/attribute/} and takes
 * seconds. A real campaign (see README, "Guarantees"):
 *
 * <pre>
 * JAZZER_FUZZ=1 JAZZER_MAX_DURATION=30m mvn -B -pl rules -am test \
 *     -Dtest=AttributionFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * A finding is written into that inputs directory; fix it and commit the file as a regression input.
 */
class AttributionFuzzTest {
  private static final QuoteAttributor SPEECH = QuoteAttributor.builder().build();
  private static final QuoteAttributor ALL =
      QuoteAttributor.builder().reportNonSpeech(true).build();

  @FuzzTest(maxDuration = "10s")
  // libFuzzer dictionary syntax: quotes and line breaks must be written as \xNN escapes.
  @DictionaryEntries({"\u201C", "\u201D", "\u2018", "\u2019", "\\x22", "'", "\u00AB", "\u00BB",
      "\u201E", "\u201A", "\u2039", "\u203A", "\u300C", "\u300D", "\\x0A\\x0A", "\\x0D\\x0A",
      " said ", ", she said.", " according to ", "Mr. ", "U.S. ", " told reporters", ": \u201C"})
  void attribute(FuzzedDataProvider data) {
    QuoteAttributor engine = data.consumeBoolean() ? ALL : SPEECH;
    String text = data.consumeRemainingAsString();
    ResultInvariants.attributeAndCheck(engine, text);
  }
}
