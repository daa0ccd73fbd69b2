package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** A place written "City, State" inside an aside before the cue is no speaker ({@link Subjects}). */
class PlaceAsideTest {

  @Test
  void aStateAfterTheCityInAnAgeAsideIsSkipped() {
    Quote q = only("Mara Lindqvist, 41, of Dayton, Ohio, said the plant would stay open.");
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(14);
    assertThat(q.spans().get(0).start()).isEqualTo(42);
    assertThat(q.spans().get(0).end()).isEqualTo(67);
  }

  @Test
  void aStateEndingAParticipleAsideIsSkipped() {
    Quote q = only("Tom Okafor, speaking at a rally in Toledo, Ohio, warned that the bridge would close.");
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(10);
    assertThat(q.spans().get(0).start()).isEqualTo(56);
    assertThat(q.spans().get(0).end()).isEqualTo(83);
  }

  @Test
  void aPersonNamedAfterABodyWithOfStillSpeaks() {
    Quote q = only("The head of the Bureau of Prisons, Helen Marsh, said the review was over.");
    assertThat(q.speaker().start()).isEqualTo(35);
    assertThat(q.speaker().end()).isEqualTo(46);
  }

  @Test
  void aStateAfterTheCityInAnOpeningPhraseIsNoSpeaker() {
    Quote q = only("At a rally in Ames, Iowa, on Sunday, Tom Okafor left early, saying the count was rigged.");
    assertThat(q.cue().text()).isEqualTo("saying");
    assertThat(q.speaker().start()).isEqualTo(37);
    assertThat(q.speaker().end()).isEqualTo(47);
    assertThat(q.spans().get(0).start()).isEqualTo(67);
    assertThat(q.spans().get(0).end()).isEqualTo(87);
  }

  @Test
  void aTwoWordStateIsSkippedToo() {
    Quote q = only("Speaking at a fair in Salem, New Hampshire, Mara Lindqvist waved, saying the levy was a theft.");
    assertThat(q.speaker().start()).isEqualTo(44);
    assertThat(q.speaker().end()).isEqualTo(58);
  }

  @Test
  void aTitledPersonAfterTheTownStillSpeaks() {
    Quote q = only("In Dayton, Sen. Ruth Ames, the chair, rose, saying the count was over.");
    assertThat(q.speaker().mention().text()).isEqualTo("Sen. Ruth Ames");
    assertThat(q.speaker().start()).isEqualTo(11);
    assertThat(q.speaker().end()).isEqualTo(25);
  }
}
