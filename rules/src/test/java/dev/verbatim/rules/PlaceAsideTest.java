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
}
