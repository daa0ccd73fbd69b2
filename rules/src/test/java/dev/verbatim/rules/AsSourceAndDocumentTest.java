package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/**
 * {@link AsSourceRule} ({@code As X noted, CLAUSE}), {@link ModifiedDocumentSubject} ({@code A poll
 * released Sunday showed ...}), with exact offsets.
 */
class AsSourceAndDocumentTest {
  private final QuoteAttributor attributor = RuleTestSupport.NEWS;

  @Test
  void asXNotedReportsTheClauseAfterTheComma() {
    String text = "As Nora Bell noted, the pier has flooded twice this year.";
    Quote q = only(text);
    assertThat(q.rule()).isEqualTo(AsSourceRule.NAME);
    assertThat(q.cue().start()).isEqualTo(13);
    assertThat(q.cue().end()).isEqualTo(18);
    assertThat(q.speaker().start()).isEqualTo(3);
    assertThat(q.speaker().end()).isEqualTo(12);
    assertThat(q.spans().get(0).start()).isEqualTo(20);
    assertThat(q.spans().get(0).end()).isEqualTo(56);
  }

  @Test
  void asXPutItTakesATimePhraseBeforeTheComma() {
    String text = "As Ruiz put it on Monday, the budget is a promise.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("put it");
    assertThat(q.spans().get(0).start()).isEqualTo(26);
    assertThat(q.spans().get(0).end()).isEqualTo(49);
  }

  @Test
  void asThatTellsWhenReportsNothing() {
    assertThat(attributor.attribute("As the talks continue, the pier stays closed.").quotes())
        .isEmpty();
    assertThat(attributor.attribute("As the crowd went on, the pier stayed closed.").quotes())
        .isEmpty();
  }

  @Test
  void aDocumentWithAParticipleAfterItsNounSpeaks() {
    String text = "New county polls released on Sunday showed Ruiz well ahead of Park.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(16);
    assertThat(q.spans().get(0).start()).isEqualTo(43);
    assertThat(q.spans().get(0).end()).isEqualTo(66);
  }

  @Test
  void aDocumentInsideAnotherPhraseIsNoSubject() {
    assertThat(attributor.attribute("The mayor who read the polls in May showed no worry.").quotes())
        .isEmpty();
  }
}
