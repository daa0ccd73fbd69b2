package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.NEWS;
import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** Documents and findings as subjects, and subjects with a relative clause, before their cue. */
class DocumentSubjectRecallTest {

  @Test
  void aMassNounDocumentTakesEitherNumber() {
    String text = "Data show that the average wage rose.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(10);
    assertThat(q.spans().get(0).end()).isEqualTo(36);
    assertThat(q.speaker().mention().text()).isEqualTo("Data");
  }

  @Test
  void picturesShow() {
    String text = "Photos showed mourners crouched over the bodies.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(14);
    assertThat(q.spans().get(0).text()).isEqualTo("mourners crouched over the bodies");
    assertThat(q.speaker().mention().text()).isEqualTo("Photos");
  }

  @Test
  void aTimePhraseInTheDocumentsModifier() {
    String text = "A county poll conducted last month found that voters back the pier.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(41);
    assertThat(q.spans().get(0).text()).isEqualTo("that voters back the pier");
    assertThat(q.speaker().mention().text()).isEqualTo("A county poll");
  }

  @Test
  void anAverageOfPollsShows() {
    String text = "An average of recent polls shows Moss leading by 13 points.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(33);
    assertThat(q.spans().get(0).text()).isEqualTo("Moss leading by 13 points");
    assertThat(q.speaker().mention().start()).isEqualTo(0);
  }

  @Test
  void aWhoseClauseAfterTheSubject() {
    String text = "The officials whose rules were struck down say the courts changed.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(47);
    assertThat(q.spans().get(0).text()).isEqualTo("the courts changed");
    assertThat(q.speaker().mention().text()).isEqualTo("The officials");
  }

  @Test
  void anEventStillCannotShow() {
    assertThat(NEWS.attribute("The timing shows they were allies.").quotes()).isEmpty();
  }
}
