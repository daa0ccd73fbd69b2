package dev.verbatim.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests: for each seed, generate an input of one family and assert every {@link
 * ResultInvariants} promise, with and without non-speech reporting. Seeded JUnit 5 generators are used
 * rather than jqwik: jqwik 1.10.1 resolves and runs with JUnit 5.14, but its engine prints a notice
 * that AI agents must not use it, and this suite was written by one. Each case names its seed, and
 * {@code -Dverbatim.seed=N} moves the whole run to other seeds.
 */
class RandomInputPropertiesTest {
  private static final QuoteAttributor SPEECH = QuoteAttributor.builder().build();
  private static final QuoteAttributor ALL =
      QuoteAttributor.builder().reportNonSpeech(true).build();
  private static final int CASES = 100;

  static LongStream seeds() {
    long base = Long.getLong("verbatim.seed", 0x5EED_2026L);
    return LongStream.range(0, CASES).map(i -> base * 31 + i);
  }

  private static void holds(String input) {
    ResultInvariants.attributeAndCheck(SPEECH, input);
    ResultInvariants.attributeAndCheck(ALL, input);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyUnicode(long seed) {
    Random r = new Random(seed);
    holds(NewsText.anyUnicode(r, r.nextInt(400)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyQuoteMarkWithApostrophesAndNewlines(long seed) {
    Random r = new Random(seed);
    String alphabet = NewsText.MARKS + "'\u2019\n\n\r  ab.,";
    holds(NewsText.soup(r, alphabet, r.nextInt(600)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void newsWithMarksDeletedDuplicatedOrSwapped(long seed) {
    Random r = new Random(seed);
    holds(NewsText.mutateMarks(r, NewsText.news(r, 200 + r.nextInt(1500)), r.nextDouble()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void newsWithSurrogatesNulControlsBidiAndZeroWidth(long seed) {
    Random r = new Random(seed);
    holds(NewsText.sprinkle(r, NewsText.news(r, 200 + r.nextInt(1200)), NewsText.HOSTILE,
        2 + r.nextInt(40)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void newsWithCrlfCrAndUnicodeLineEndings(long seed) {
    Random r = new Random(seed);
    holds(NewsText.lineEndings(r, NewsText.news(r, 200 + r.nextInt(1500))));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everythingAtOnce(long seed) {
    Random r = new Random(seed);
    String s = NewsText.news(r, 100 + r.nextInt(1000));
    s = NewsText.mutateMarks(r, s, r.nextDouble() / 2);
    s = NewsText.lineEndings(r, s);
    holds(NewsText.sprinkle(r, s, NewsText.HOSTILE + NewsText.MARKS, 5 + r.nextInt(30)));
  }

  /** Around a small configured limit: up to it the promises hold, one past it the call is refused. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lengthLimitIsExact(long seed) {
    Random r = new Random(seed);
    int limit = 1 + r.nextInt(300);
    QuoteAttributor small = QuoteAttributor.builder().maxDocumentLength(limit).build();
    String doc = NewsText.news(r, limit + 1);
    String fits = doc.substring(0, limit);
    AttributionResult result = ResultInvariants.attributeAndCheck(small, fits);
    assertThat(result.text()).isEqualTo(fits);
    assertThatThrownBy(() -> small.attribute(doc.substring(0, limit + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(limit))
        .hasMessageContaining("maxDocumentLength");
  }
}
