package dev.verbatim.reliability;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker itself: it accepts a well-formed result and rejects each kind of broken one. */
class ResultInvariantsTest {
  private static final String TEXT = "\u201CNo,\u201D she said. \u201CA \u2018b\u2019 c.\u201D";

  private static Span span(int s, int e) {
    return Span.of(TEXT, s, e);
  }

  private static Quote quote(int index, List<Span> spans, Integer parent, Speaker speaker) {
    return new Quote(index, QuoteKind.DIRECT, spans, parent, null, speaker, 0.5, "test", false);
  }

  private static AttributionResult result(List<Quote> quotes, List<Entity> entities) {
    return new AttributionResult(TEXT, quotes, entities);
  }

  private static final Entity SHE = new Entity(0, "she", EntityType.PERSON, List.of(span(6, 9)));

  @Test
  void acceptsAWellFormedResult() {
    AttributionResult ok = result(List.of(
        quote(0, List.of(span(0, 5)), null, new Speaker(span(6, 9), 0)),
        quote(1, List.of(span(16, 26)), null, null),
        quote(2, List.of(span(19, 22)), 1, null)), List.of(SHE));
    assertThatCode(() -> ResultInvariants.check(TEXT, ok)).doesNotThrowAnyException();
  }

  @Test
  void rejectsAResultForAnotherText() {
    assertThatThrownBy(() -> ResultInvariants.check(TEXT + "!", result(List.of(), List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("differs from the input");
  }

  @Test
  void rejectsSpanTextThatIsNotTheSubstring() {
    Quote q = quote(0, List.of(new Span(0, 5, "xxxxx")), null, null);
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(List.of(q), List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("is not input.substring(0, 5)");
  }

  @Test
  void rejectsSpanPastTheEnd() {
    Quote q = quote(0, List.of(new Span(20, 40, "x".repeat(20))), null, null);
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(List.of(q), List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("outside a text of length 26");
  }

  @Test
  void rejectsOverlappingSpansOfOneQuote() {
    Quote q = quote(0, List.of(span(0, 5), span(3, 9)), null, null);
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(List.of(q), List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("overlap or are out of order");
  }

  @Test
  void rejectsQuotesOutOfOrder() {
    List<Quote> qs = List.of(quote(0, List.of(span(16, 26)), null, null),
        quote(1, List.of(span(0, 5)), null, null));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(qs, List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("quote 1 starts before quote 0");
  }

  @Test
  void rejectsAParentThatDoesNotEncloseItsChild() {
    List<Quote> qs = List.of(quote(0, List.of(span(0, 5)), null, null),
        quote(1, List.of(span(19, 22)), 0, null));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(qs, List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("is not inside its parent");
  }

  @Test
  void rejectsAParentIndexOutOfRange() {
    List<Quote> qs = List.of(quote(0, List.of(span(0, 5)), 3, null));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(qs, List.of())))
        .isInstanceOf(AssertionError.class).hasMessageContaining("has parent 3");
  }

  @Test
  void rejectsASpeakerEntityThatDoesNotExist() {
    List<Quote> qs = List.of(quote(0, List.of(span(0, 5)), null, new Speaker(span(6, 9), 1)));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(qs, List.of(SHE))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("names entity 1 of 1");
  }

  @Test
  void rejectsEntityIdsOutOfPlace() {
    Entity wrong = new Entity(4, "she", EntityType.PERSON, List.of(span(6, 9)));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(List.of(), List.of(wrong))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("entity 0 has id 4");
  }

  @Test
  void rejectsAnEntityMentionThatIsNotTheSubstring() {
    Entity e = new Entity(0, "she", EntityType.PERSON, List.of(new Span(6, 9, "her")));
    assertThatThrownBy(() -> ResultInvariants.check(TEXT, result(List.of(), List.of(e))))
        .isInstanceOf(AssertionError.class).hasMessageContaining("entity 0 mention 0 text");
  }
}
