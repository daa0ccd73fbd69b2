package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** {@link OpeningPhrase}: the subject of a participle of saying is read past an opening phrase. */
class OpeningPhraseTest {
  @Test
  void aTimePhraseIsNoSpeaker() {
    String text = "Last week, the union ended the strike, saying the offer was fair.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).isEqualTo("the union");
    assertThat(q.speaker().start()).isEqualTo(11);
    assertThat(q.spans().get(0).start()).isEqualTo(46);
  }

  @Test
  void aNameThatEndsLikeAnAdverbIsStillTheSubject() {
    Quote q = only("Kelly Ayres opened the hearing, saying the county would appeal.");
    assertThat(q.speaker().mention().text()).isEqualTo("Kelly Ayres");
    assertThat(q.speaker().start()).isZero();
  }
}
