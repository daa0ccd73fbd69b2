package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.text.QuoteMarkup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote-span detection through the public API. Core's tests run without the rules module, so the
 * engine detects only: speech is {@link QuoteKind#DIRECT}, scare quotes and titles are
 * {@link QuoteKind#NON_SPEECH} when asked for.
 */
class QuoteAttributorDetectionTest {
  private static final QuoteAttributor ALL = QuoteAttributor.builder().reportNonSpeech(true).build();
  private static final QuoteAttributor SPEECH = QuoteAttributor.builder().build();

  /** The quotes of {@code kind} (null: all kinds) in the markup of {@link QuoteMarkup}; checks every record's text. */
  static String render(AttributionResult r, QuoteKind kind) {
    String text = r.text();
    List<QuoteMarkup.Q> all = r.quotes().stream().map(q -> {
      int[] pieces = new int[2 * q.spans().size()];
      for (int i = 0; i < q.spans().size(); i++) {
        Span s = q.spans().get(i);
        assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        pieces[2 * i] = s.start();
        pieces[2 * i + 1] = s.end();
      }
      return new QuoteMarkup.Q(pieces, q.parent() == null ? -1 : q.parent(), q.unclosed());
    }).toList();
    QuoteMarkup.assertTree(text, all);
    List<QuoteMarkup.Q> ofKind = r.quotes().stream().filter(q -> kind == null || q.kind() == kind)
        .map(q -> all.get(q.index())).map(q -> new QuoteMarkup.Q(q.pieces(), -1, q.unclosed()))
        .toList();
    return QuoteMarkup.render(text, ofKind);
  }

  static void assertDirect(QuoteAttributor engine, String markup) {
    assertKind(engine, QuoteKind.DIRECT, markup);
  }

  static void assertKind(QuoteAttributor engine, QuoteKind kind, String markup) {
    AttributionResult r = engine.attribute(QuoteMarkup.strip(markup));
    assertThat(render(r, kind)).isEqualTo(markup);
  }

  @Test
  void directQuotesWithExactSpansAndText() {
    String text = "“I will not resign today,” the mayor said. “Not ever.”";
    AttributionResult r = SPEECH.attribute(text);
    assertThat(r.quotes()).extracting(Quote::kind, Quote::start, Quote::end, Quote::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QuoteKind.DIRECT, 0, 26,
                "“I will not resign today,”"),
            org.assertj.core.groups.Tuple.tuple(QuoteKind.DIRECT, 43, 54, "“Not ever.”"));
    assertThat(r.quotes()).allSatisfy(q -> {
      assertThat(q.parent()).isNull();
      assertThat(q.unclosed()).isFalse();
    });
  }

  @Test
  void eachMarkFamilyThroughTheEngine() {
    // All kinds: whether unspaced CJK text reads as speech is the heuristic's call, not detection's.
    assertKind(ALL, null, "He said ⟦\"We are ready to go,\"⟧ and ⟦'we will go now.'⟧ Then ⟦„Wir sind "
        + "bereit zu gehen.“⟧ And ⟦«Nous sommes prêts à partir.»⟧ And ⟦「私たちは準備ができています。」⟧");
  }

  @Test
  void nestedQuoteHasItsParentThroughTheEngine() {
    AttributionResult r = ALL.attribute(
        "“She told me ‘I will never sign that bill,’ and she meant it,” he said.");
    assertThat(r.quotes()).hasSize(2);
    assertThat(r.quotes().get(0).parent()).isNull();
    assertThat(r.quotes().get(1).parent()).isEqualTo(0);
    assertThat(r.quotes().get(1).text()).isEqualTo("‘I will never sign that bill,’");
    assertThat(r.quotes().get(1).start()).isEqualTo(13);
  }

  @Test
  void multiParagraphQuoteIsOneQuoteWithOneSpanPerParagraph() {
    assertDirect(SPEECH, "⟦“We knew the bridge was failing for years.⟫\n\n"
        + "⟪“Nobody wanted to pay for it,”⟧ the engineer said.");
  }

  @Test
  void unclosedQuoteIsFlaggedThroughTheEngine() {
    AttributionResult r = SPEECH.attribute(
        "He said, “we will keep the plant open until the end of the year.\n\nShe disagreed.");
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).unclosed()).isTrue();
    assertThat(r.quotes().get(0).spans()).containsExactly(
        Span.of(r.text(), 9, 64));
  }

  @Test
  void apostrophesDoNotBecomeQuotes() {
    AttributionResult r = ALL.attribute("It’s the workers’ vote, and in the ’90s rock 'n' roll "
        + "ruled, 'tis true, and the Joneses' dog agreed. He said 'no' twice.");
    assertThat(r.quotes()).extracting(Quote::text).containsExactly("'no'");
    assertThat(r.quotes().get(0).start()).isEqualTo(r.text().indexOf("'no'"));
  }

  @Test
  void scareQuotesAndTitlesAreNonSpeechOnlyWhenAskedFor() {
    String text = "The so-called “reform” failed, and the film “Night Train” flopped.";
    assertThat(SPEECH.attribute(text).quotes()).isEmpty();
    AttributionResult r = ALL.attribute(text);
    assertThat(r.quotes()).extracting(Quote::kind, Quote::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(QuoteKind.NON_SPEECH, "“reform”"),
        org.assertj.core.groups.Tuple.tuple(QuoteKind.NON_SPEECH, "“Night Train”"));
  }

  @Test
  void shortQuoteEndingInAnInnerQuoteIsSpeech() {
    // the comma inside the inner quote ends the speech, as it would without the inner marks
    AttributionResult r = SPEECH.attribute("“We’re like ‘salt and pepper,’” he said.");
    assertThat(r.quotes()).extracting(Quote::kind, Quote::start, Quote::end, Quote::parent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(QuoteKind.DIRECT, 0, 31, null),
            org.assertj.core.groups.Tuple.tuple(QuoteKind.DIRECT, 12, 30, 0));
  }

  @Test
  void offsetsAreUtf16IndicesIntoTheCallersString() {
    String text = "😀\r\n\u00A0\t“Zero\u200Bwidth and 😀 emoji are fine here,” she said.\r\n";
    AttributionResult r = SPEECH.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.start()).isEqualTo(6);
    assertThat(q.end()).isEqualTo(text.indexOf(" she"));
    assertThat(q.text()).isEqualTo(text.substring(6, q.end()));
  }
}
