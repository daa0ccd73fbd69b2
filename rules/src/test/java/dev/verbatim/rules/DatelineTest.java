package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** A dateline before the sentence's subject is no speaker ({@link SentenceSubject}). */
class DatelineTest {

  @Test
  void aDatelineWithADateIsSkipped() {
    Quote q = only(
        "DAYTON, Oct. 3 (Wire) — Ana Ruiz rallied supporters on Friday, saying the bridge would reopen.");
    assertThat(q.speaker().start()).isEqualTo(24);
    assertThat(q.speaker().end()).isEqualTo(32);
    assertThat(q.spans().get(0).start()).isEqualTo(70);
    assertThat(q.spans().get(0).end()).isEqualTo(93);
  }

  @Test
  void aTitleCasePlaceBeforeAWireIsSkipped() {
    Quote q = only(
        "Dayton (NWS) – Ana Ruiz rallied supporters on Friday, saying the bridge would reopen.");
    assertThat(q.speaker().start()).isEqualTo(15);
    assertThat(q.speaker().end()).isEqualTo(23);
    assertThat(q.spans().get(0).start()).isEqualTo(61);
  }
}
