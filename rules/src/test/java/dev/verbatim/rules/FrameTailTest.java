package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/**
 * A quote resumed after its attribution sentence ({@link Continuation}, {@link FrameTail}): what the
 * tail of the frame may hold, with exact offsets.
 */
class FrameTailTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  @Test
  void aQuoteResumesAfterAFrameEndingInAQuestionClause() {
    String text = "“The levy will pass,” Dana Webb said when asked about the count. "
        + "“Every district in the county voted for it this time.”";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).start()).isZero();
    assertThat(q.spans().get(0).end()).isEqualTo(21);
    assertThat(q.spans().get(1).start()).isEqualTo(65);
    assertThat(q.spans().get(1).end()).isEqualTo(text.length());
    assertThat(q.speaker().mention().text()).isEqualTo("Dana Webb");
  }

  @Test
  void aQuoteResumesAfterAParticipleThatLooksLikeACue() {
    String text = "“The levy will pass,” Dana Webb said, drawing cheers. "
        + "“Every district in the county voted for it this time.”";
    Quote q = attributor.attribute(text).quotes().get(0);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(1).start()).isEqualTo(54);
  }

  @Test
  void aSecondSpeakerInTheTailKeepsTheQuotesApart() {
    String text = "“The levy will pass,” Dana Webb said, and Omar Lind replied. "
        + "“Every district in the county voted for it this time.”";
    AttributionResult r = attributor.attribute(text);
    Quote first = r.quotes().get(0);
    assertThat(first.spans()).hasSize(1);
    assertThat(first.spans().get(0).end()).isEqualTo(21);
  }

  @Test
  void aShowTitleEndingTheFrameIsPartOfIt() {
    String text = "“The levy will pass,” Dana Webb said on “Meet the Voters.” "
        + "“Every district in the county voted for it this time.”";
    Quote q = attributor.attribute(text).quotes().get(0);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(1).start()).isEqualTo(59);
    assertThat(q.spans().get(1).end()).isEqualTo(text.length());
  }
}
