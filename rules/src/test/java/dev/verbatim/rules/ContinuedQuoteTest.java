package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/** {@link ContinuedQuote}: a cue-less quote paragraph goes on with the direct quote before it. */
class ContinuedQuoteTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  @Test
  void theNextParagraphIsASecondPiece() {
    String text = "“The mill will reopen,” Ivan Petrov said.\n\n"
        + "“We have orders for the whole winter, and the crews are ready.”";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).end()).isEqualTo(23);
    assertThat(q.spans().get(1).start()).isEqualTo(43);
    assertThat(q.spans().get(1).end()).isEqualTo(text.length());
    assertThat(q.cue().text()).isEqualTo("said");
  }

  @Test
  void aParagraphTwoAwayFloatsOnItsOwn() {
    String text = "“The mill will reopen,” Ivan Petrov said.\n\nThe town has waited a year.\n\n"
        + "“We have orders for the whole winter, and the crews are ready.”";
    AttributionResult r = attributor.attribute(text);
    // not merged into the first quote; with no speaker within a paragraph it is not reported
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).spans()).hasSize(1);
    assertThat(r.quotes().get(0).spans().get(0).end()).isEqualTo(23);
  }

  @Test
  void aSecondSpeakerBetweenKeepsThemApart() {
    String text = "“The mill will reopen,” Ivan Petrov said, and Ana Roth replied. "
        + "“We have orders for the whole winter, and the crews are ready.”";
    Quote first = attributor.attribute(text).quotes().get(0);
    assertThat(first.spans()).hasSize(1);
    assertThat(first.spans().get(0).end()).isEqualTo(23);
  }
}
