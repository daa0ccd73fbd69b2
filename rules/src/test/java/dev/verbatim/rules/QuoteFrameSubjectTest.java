package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** A participle after a quotation and its tag is spoken by the one the tag names ({@link QuoteFrameSubject}). */
class QuoteFrameSubjectTest {

  private static Quote second(String text) {
    AttributionResult r = RuleTestSupport.NEWS.attribute(text);
    assertThat(r.quotes()).as("quotes in %s", text).hasSize(2);
    return r.quotes().get(1);
  }

  @Test
  void aParticipleAfterAnInvertedTagTakesTheTaggedName() {
    String text = "“It is late,” said Rosa Delgado, adding that the vote would wait.";
    Quote q = second(text);
    assertThat(q.spans().get(0).start()).isEqualTo(40);
    assertThat(q.spans().get(0).end()).isEqualTo(64);
    assertThat(q.speaker().start()).isEqualTo(19);
    assertThat(q.speaker().end()).isEqualTo(31);
  }

  @Test
  void anAppositiveAfterTheTagDoesNotSpeak() {
    String text =
        "“I have no doubt,” said the mayor, a former judge, recalling that the trial ended in March.";
    Quote q = second(text);
    assertThat(q.spans().get(0).start()).isEqualTo(61);
    assertThat(q.spans().get(0).end()).isEqualTo(90);
    assertThat(q.speaker().start()).isEqualTo(24);
    assertThat(q.speaker().end()).isEqualTo(33);
  }

  @Test
  void aTagBeforeItsVerbStillSpeaks() {
    String text = "“We tried,” Delgado said on Monday, explaining that the funds ran out.";
    Quote q = second(text);
    assertThat(q.spans().get(0).start()).isEqualTo(47);
    assertThat(q.speaker().start()).isEqualTo(12);
    assertThat(q.speaker().end()).isEqualTo(19);
  }
}
