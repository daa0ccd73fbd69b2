package dev.verbatim.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/** The documented exceptions of {@link QuoteAttributor#attribute(String)}, and nothing else. */
class PromisesTest {
  private static final QuoteAttributor ENGINE = QuoteAttributor.builder().build();

  @Test
  void nullTextThrowsNullPointerExceptionThatSaysWhatToDo() {
    assertThatThrownBy(() -> ENGINE.attribute(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text must not be null");
  }

  @Test
  void defaultLimitIsAtLeastFiftyMegabytes() {
    assertThat(QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH).isGreaterThanOrEqualTo(50_000_000);
    assertThat(ENGINE.maxDocumentLength()).isEqualTo(QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH);
  }

  @Test
  void overLongTextNamesTheLimitAndTheBuilderMethod() {
    QuoteAttributor small = QuoteAttributor.builder().maxDocumentLength(10).build();
    assertThatThrownBy(() -> small.attribute("\u201CHello there,\u201D she said."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit of 10")
        .hasMessageContaining("maxDocumentLength(int)");
  }

  @Test
  void nonPositiveLimitIsRefusedAtOnce() {
    assertThatThrownBy(() -> QuoteAttributor.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentLength must be positive");
  }

  @Test
  void emptyAndBlankTextsGiveEmptyResults() {
    for (String s : new String[] {"", " ", "\n\n\r\n", "\u0000", "\uD800"}) {
      AttributionResult r = ResultInvariants.attributeAndCheck(ENGINE, s);
      assertThat(r.quotes()).as("quotes of %s", ResultInvariants.describe(s)).isEmpty();
      assertThat(r.entities()).isEmpty();
    }
  }

  @Test
  void aPlainQuoteComesBackWithExactOffsets() {
    String text = "\u201CWe will not accept these terms,\u201D Ana Ruiz said.";
    AttributionResult r = ResultInvariants.attributeAndCheck(ENGINE, text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.start()).isEqualTo(0);
    assertThat(q.end()).isEqualTo(33);
    assertThat(q.text()).isEqualTo("\u201CWe will not accept these terms,\u201D");
  }
}
