package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteAttributor;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every hand-written case of {@code gold-cases.jsonl} through one default engine and asserts its
 * speech quotes (direct, mixed, indirect) exactly: kind, spans, cue text, speaker mention text and the
 * speaker entity's canonical name. Order does not matter; non-speech quotes are ignored. The expected
 * values follow the conventions in {@code gold-cases.md} beside the file.
 *
 * <p>Runs in every build. One engine and one report per class run (hence {@code PER_CLASS}); the
 * report of passes per group is printed at the end.
 */
@Tag("gold")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldCasesTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();
  private final GoldCasesReport report = new GoldCasesReport();

  @BeforeAll
  void needsTheRules() {
    // The rules module registers its provider; without it there is nothing to test.
    assertThat(attributor.hasAttributionRules())
        .as("the rules module must register an AttributionRulesProvider").isTrue();
  }

  static List<GoldCase> cases() {
    return GoldCase.load();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGold(GoldCase gold) {
    List<String> actual = GoldCase.actual(attributor.attribute(gold.text()));
    String diff = gold.diff(actual);
    report.record(gold, diff.isEmpty());
    assertThat(actual)
        .as("gold case %s (%s)%n  text: %s%n  diff (- expected, + returned):%s",
            gold.id(), gold.covers(), gold.text().replace("\n", "\\n"), diff)
        .containsExactlyInAnyOrderElementsOf(gold.quotes());
  }

  @AfterAll
  void printReport() {
    if (!report.isEmpty()) {
      System.out.print(report.format());
    }
  }
}
