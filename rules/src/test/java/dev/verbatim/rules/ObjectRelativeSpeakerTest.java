package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** In {@code a job that the board says will take a year} the board speaks, not the job ({@link Subjects}). */
class ObjectRelativeSpeakerTest {

  @Test
  void theSubjectAfterThatSpeaks() {
    Quote q = only("Crews began work on the pier, a job that the harbour board says will take a year.");
    assertThat(q.speaker().start()).isEqualTo(41);
    assertThat(q.speaker().end()).isEqualTo(58);
    assertThat(q.spans().get(0).start()).isEqualTo(64);
    assertThat(q.spans().get(0).end()).isEqualTo(80);
  }

  @Test
  void aPronounAfterThatSpeaks() {
    Quote q = only("Lee signed a letter that he said was written by his lawyers.");
    assertThat(q.speaker().mention().text()).isEqualTo("he");
    assertThat(q.spans().get(0).text()).isEqualTo("was written by his lawyers");
  }
}
