package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** {@link FrontedSubordinate}: a cue in a sentence's opening subordinate clause reports up to its comma. */
class FrontedSubordinateTest {

  @Test
  void whileClauseEndsAtItsComma() {
    String text = "While critics argue that the levy is too high, the council has kept it.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("argue");
    assertThat(q.speaker().mention().text()).isEqualTo("critics");
    assertThat(q.spans().get(0).start()).isEqualTo(20);
    assertThat(q.spans().get(0).end()).isEqualTo(45);
    assertThat(q.spans().get(0).text()).isEqualTo("that the levy is too high");
  }

  @Test
  void aTwoWordOpenerCounts() {
    String text = "Even though Ruiz said the plant would stay open, the owners sold it in May.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).isEqualTo("Ruiz");
    assertThat(q.spans().get(0).start()).isEqualTo(22);
    assertThat(q.spans().get(0).end()).isEqualTo(47);
  }

  @Test
  void aCueInTheMainClauseReportsToTheEnd() {
    String text = "When the vote came, Ruiz said the plant would close, and workers walked out.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).isEqualTo("Ruiz");
    assertThat(q.spans().get(0).start()).isEqualTo(30);
    assertThat(q.spans().get(0).end()).isEqualTo(75);
  }

  @Test
  void aMainClauseSentenceIsUnchanged() {
    String text = "Ruiz said the plant would close, a loss of 300 jobs.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(10);
    assertThat(q.spans().get(0).end()).isEqualTo(51);
  }
}
