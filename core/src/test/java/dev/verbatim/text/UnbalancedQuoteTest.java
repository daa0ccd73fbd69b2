package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unbalanced marks are recovered within their paragraph and never disturb the next one. */
class UnbalancedQuoteTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "He said ⟦\"one\"⟧ and then\" she said ⟦\"two\"⟧ and ⟦\"three\"⟧.",
      "He said ⟦“one”⟧ and then” she said ⟦“two”⟧ and ⟦“three”⟧.",
      "He said ⟦“one”⟧ and ” then ⟦“two”⟧ here.",
      "A stray ” closer, then ⟦“a real quote”⟧ follows.",
      "It ended» there, and ⟦«ceci»⟧ follows.",
  })
  void strayCloserDoesNotShiftLaterPairs(String markup) {
    assertQuotes(markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦”We are ready to serve,”⟧ the mayor said.",
      "The mayor spoke first.\n\n⟦” … and we will keep serving,”⟧ she said.",
      "⟦”The first part.⟫\n\n⟪”The second part,”⟧ he said.",
      "The rating was ⟦“Mostly False.“⟧ He disagreed.",
      "She said ⟦“yes“⟧ and ⟦“no,“⟧ then left.",
      "He said ⟦“one”⟧ and ” then ⟦“two”⟧ here.",
      "He said ⟦“one”⟧ and then” she said ⟦“two”⟧.",
      "He wrote ⟦“a⟦“b”⟧ c”⟧ once.",
  })
  void marksTypedTheWrongWayRoundStillPair(String markup) {
    assertQuotes(markup);
  }

  @Test
  void strayOpenerIsConfinedToItsParagraph() {
    assertQuotes("He said ⟦“one and then she left.⟯\n\n"
        + "Later ⟦“two”⟧ and ⟦“three”⟧ were said.\n\n"
        + "Then ⟦“four,”⟧ she said.");
  }

  @Test
  void neverClosedQuoteEndsAtItsParagraphEndAndIsFlagged() {
    TextDocument doc = assertQuotes(
        "⟦“Closed,”⟧ he said. ⟦“Open here and never shut.⟯  \n\nNext ⟦“fine”⟧ one.");
    assertThat(doc.quotes().get(1).unclosed()).isTrue();
    assertThat(doc.quotes().get(1).end()).isEqualTo(45);
    assertThat(doc.quotes().get(1).innerEnd()).isEqualTo(45);
    assertThat(doc.quotes().get(0).unclosed()).isFalse();
    assertThat(doc.quotes().get(2).unclosed()).isFalse();
  }

  @Test
  void neverClosedStraightMarkAroundCurlyQuotesIsAStray() {
    TextDocument doc = assertQuotes(
        "\"Ruiz walked on stage, chanting ⟦“one more year!”⟧\n\n⟦“Yes,”⟧ Lee said.");
    assertThat(doc.quotes()).extracting(QuoteSpan::parent).containsExactly(-1, -1);
  }

  @Test
  void neverClosedStraightMarkAroundStraightQuotesStillEndsItsParagraph() {
    TextDocument doc = assertQuotes("⟦\"He said ⟦'no'⟧ twice.⟯\n\nThen ⟦\"yes\"⟧ once.");
    assertThat(doc.quotes().get(0).unclosed()).isTrue();
  }

  @Test
  void unclosedStraightQuoteDoesNotSwallowTheNextParagraph() {
    assertQuotes("He said ⟦\"one and two.⟯\n\nShe said ⟦\"three\"⟧ and ⟦\"four\"⟧.");
  }

  @Test
  void strayMarksEverywhereNeverFailTheDocument() {
    String text = "”” “ ‘’ '' \" „ « » ‹ › 「 』 ＂\n\n“real”\n\n’’’ ‘‘‘ \"\"\" «««";
    assertThat(QuoteMarkup.quotes(text)).contains("⟦“real”⟧");
  }

  @Test
  void emptyAndMarkOnlyTextsGiveNoQuotes() {
    assertQuotes("");
    assertQuotes("   \n\n  ");
    assertThat(QuoteMarkup.quotes("\"")).isEqualTo("⟦\"⟯");
    assertThat(QuoteMarkup.quotes("“")).isEqualTo("⟦“⟯");
    assertQuotes("'");
  }
}
