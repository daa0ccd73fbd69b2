package dev.verbatim.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteAttributor;
import java.lang.management.ManagementFactory;
import com.sun.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile documents cost, per character, no more than a small factor of ordinary news, in time and in
 * memory. The measures are the calling thread's CPU time and allocated bytes ({@link ThreadMXBean}),
 * normalised per character and compared with ordinary news measured in the same run after warm-up:
 * ratios, never a wall-clock limit. The bound is generous on purpose; quadratic behaviour on these
 * sizes shows up as ratios in the hundreds or thousands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathologicalInputsTest {
  /** Per-character cost allowed, as a multiple of ordinary news. */
  static final double MAX_RATIO = 20;

  private static final ThreadMXBean CPU =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final QuoteAttributor engine = QuoteAttributor.builder().reportNonSpeech(true).build();
  private double newsNanosPerChar;
  private double newsBytesPerChar;

  @BeforeAll
  void measureOrdinaryNews() {
    String news = NewsText.news(new Random(7), 1_000_000);
    for (int i = 0; i < 3; i++) {
      nanosPerChar(news); // warm-up: JIT and ICU's lazily built tables
    }
    double[][] runs = {nanosPerChar(news), nanosPerChar(news), nanosPerChar(news)};
    Arrays.sort(runs, (a, b) -> Double.compare(a[0], b[0]));
    newsNanosPerChar = runs[1][0];
    newsBytesPerChar = runs[1][1];
  }

  /** CPU nanoseconds and allocated bytes per character of one call, invariants checked. */
  private double[] nanosPerChar(String text) {
    long cpu = CPU.getCurrentThreadCpuTime();
    long bytes = CPU.getCurrentThreadAllocatedBytes();
    ResultInvariants.check(text, engine.attribute(text));
    double n = Math.max(1, text.length());
    return new double[] {(CPU.getCurrentThreadCpuTime() - cpu) / n,
        (CPU.getCurrentThreadAllocatedBytes() - bytes) / n};
  }

  private void costsLikeNews(String name, Supplier<String> input) {
    String text = input.get();
    double[] cost = nanosPerChar(text);
    double time = cost[0] / newsNanosPerChar;
    double memory = cost[1] / newsBytesPerChar;
    System.out.printf("pathological %-40s %,12d chars  time %6.2fx news (%.0f ns/char)  "
        + "memory %6.2fx news (%.0f B/char)%n", name, text.length(), time, newsNanosPerChar,
        memory, newsBytesPerChar);
    assertThat(time).as("per-character CPU time of %s relative to news", name)
        .isLessThan(MAX_RATIO);
    assertThat(memory).as("per-character allocation of %s relative to news", name)
        .isLessThan(MAX_RATIO);
  }

  @Test
  void tenMegabytesOfQuoteMarks() {
    costsLikeNews("10 MB of mixed quote marks", () ->
        NewsText.soup(new Random(1), NewsText.MARKS, 10_000_000));
    costsLikeNews("2 MB of opening curly quotes", () -> "\u201C".repeat(2_000_000));
    costsLikeNews("2 MB of straight double quotes", () -> "\"".repeat(2_000_000));
  }

  @Test
  void hundredThousandNestedQuotes() {
    costsLikeNews("100,000 nested quotes", () -> nested(100_000));
    costsLikeNews("100,000 nested quotes, never closed", () -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 100_000; i++) {
        sb.append(i % 2 == 0 ? "\u201Cwe " : "\u2018they ");
      }
      return sb.toString();
    });
  }

  /** {@code “w ‘w “w … w’ w” w’ …}: each quote inside the previous one, all closed. */
  static String nested(int depth) {
    StringBuilder sb = new StringBuilder(depth * 8);
    for (int i = 0; i < depth; i++) {
      sb.append(i % 2 == 0 ? "\u201CWe said " : "\u2018they said ");
    }
    sb.append("enough");
    for (int i = depth - 1; i >= 0; i--) {
      sb.append(i % 2 == 0 ? ",\u201D he said" : "\u2019 and");
    }
    return sb.append('.').toString();
  }

  @Test
  void oneFiveMegabyteLineWithoutSpaces() {
    costsLikeNews("5 MB line without spaces", () ->
        NewsText.soup(new Random(2), "abcdefghijklmnopqrstuvwxyzABC0123456789.,;:!?-\u2014'\u2019\"",
            5_000_000));
    costsLikeNews("1 MB of one letter", () -> "a".repeat(1_000_000));
  }

  @Test
  void documentOfApostrophesOnly() {
    costsLikeNews("1 MB of apostrophes", () -> NewsText.soup(new Random(3), "'\u2019", 1_000_000));
    costsLikeNews("1 MB of apostrophes in lines", () ->
        NewsText.soup(new Random(4), "''''\u2019\u2019\u2019 \n", 1_000_000));
  }

  @Test
  void oneMegabyteOfOneRepeatedSentence() {
    costsLikeNews("1 MB of one repeated sentence", () ->
        "\u201CWe will not accept these terms,\u201D Ana Ruiz said. ".repeat(20_000));
  }

  /** Openers left unclosed (apostrophes) under which many real quotes sit. */
  @Test
  void manyDroppedOpenersAboveManyQuotes() {
    costsLikeNews("20,000 stray openers, then 20,000 quotes", () ->
        " 'a".repeat(20_000) + " \"We will not accept these terms,\" she said.".repeat(20_000));
  }
}
