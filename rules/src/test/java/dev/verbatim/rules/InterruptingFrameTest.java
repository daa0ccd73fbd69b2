package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** A cue frame inside the sentence, {@code A, she said, B}: which words after it carry the report on. */
class InterruptingFrameTest {

  @Test
  void aConjunctionAfterTheFrameCarriesTheReportOn() {
    String text = "Nadia Petrov ran the depot for years. The trucks were old, she said, and the roof "
        + "leaked every winter.";
    Quote q = only(text);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).start()).isEqualTo(38);
    assertThat(q.spans().get(0).end()).isEqualTo(57);
    assertThat(q.spans().get(1).start()).isEqualTo(69);
    assertThat(q.spans().get(1).end()).isEqualTo(101);
    assertThat(q.spans().get(1).text()).isEqualTo("and the roof leaked every winter");
    assertThat(q.speaker().mention().text()).isEqualTo("she");
  }

  @Test
  void anArticleAfterTheFrameCarriesTheReportOn() {
    String text = "The depot was sold in May, the new owner said, the trucks going to a scrapyard.";
    Quote q = only(text);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).text()).isEqualTo("The depot was sold in May");
    assertThat(q.spans().get(1).start()).isEqualTo(47);
    assertThat(q.spans().get(1).text()).isEqualTo("the trucks going to a scrapyard");
  }

  @Test
  void thePhraseOfTheFrameIsNoPiece() {
    String text = "The ferry will stop at noon, the port authority said, in a statement on Friday.";
    Quote q = only(text);
    assertThat(q.spans()).hasSize(1);
    assertThat(q.spans().get(0).start()).isEqualTo(0);
    assertThat(q.spans().get(0).end()).isEqualTo(27);
    assertThat(q.speaker().mention().text()).isEqualTo("the port authority");
  }

  @Test
  void anAppositiveAfterAnInvertedFrameIsNoPiece() {
    String text = "The ferry will stop at noon, said Ivo Brandt, the harbour master.";
    Quote q = only(text);
    assertThat(q.spans()).hasSize(1);
    assertThat(q.spans().get(0).text()).isEqualTo("The ferry will stop at noon");
    assertThat(q.speaker().mention().text()).isEqualTo("Ivo Brandt");
  }
}
