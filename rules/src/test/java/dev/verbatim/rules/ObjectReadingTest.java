package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/** {@link ObjectReading}: verbs of saying whose plain object is a thing report only a clause. */
class ObjectReadingTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  @Test
  void aFiniteClauseAfterAddedIsReported() {
    String text = "Ruiz added the plant would close in May.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.cue().text()).isEqualTo("added");
    assertThat(q.spans().get(0).start()).isEqualTo(11);
    assertThat(q.spans().get(0).end()).isEqualTo(39);
    assertThat(q.speaker().mention().text()).isEqualTo("Ruiz");
  }

  @Test
  void aPlainObjectIsNoReport() {
    assertThat(attributor.attribute("The plant added 200 jobs last year.").quotes()).isEmpty();
    assertThat(attributor.attribute("Ruiz continued her tour of the northern districts.").quotes())
        .isEmpty();
  }

  @Test
  void aQuotedObjectStillCounts() {
    String text = "Ruiz added “a great deal of hope” to the debate.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).spans().get(0).start()).isEqualTo(11);
  }
}
