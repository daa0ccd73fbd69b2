package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The news convention: a paragraph that opens a quote and does not close it, followed by a paragraph
 * that opens again, continues the same quotation, which runs to the final closing mark.
 */
class MultiParagraphQuoteTest {

  @Test
  void quoteRunsOverThreeParagraphsAsOneQuotationWithOnePiecePerParagraph() {
    TextDocument doc = assertQuotes("⟦“The first paragraph of a long statement.⟫\n\n"
        + "⟪“The second one goes on.⟫\n\n"
        + "⟪“And this ends it,”⟧ she said.");
    QuoteSpan q = doc.quotes().get(0);
    assertThat(doc.quotes()).hasSize(1);
    assertThat(q.pieceCount()).isEqualTo(3);
    assertThat(q.pieceStart(0)).isEqualTo(0);
    assertThat(q.pieceEnd(0)).isEqualTo(41);
    assertThat(q.pieceStart(1)).isEqualTo(43);
    assertThat(q.pieceEnd(1)).isEqualTo(67);
    assertThat(q.pieceStart(2)).isEqualTo(69);
    assertThat(q.pieceEnd(2)).isEqualTo(88);
    assertThat(q.unclosed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦\"First part of it.⟫\n\n⟪\"Second part,\"⟧ he said.",
      "⟦«Première partie.⟫\n\n⟪«Seconde partie»⟧, dit-il.",
      "⟦“First part of it.⟫\r\n\r\n⟪“Second part,”⟧ he said.",
      "⟦“First part of it.⟫\n⟪“Second part,”⟧ he said.",
      "⟦“First part with ⟦‘an inner one’⟧ inside.⟫\n\n⟪“Second part,”⟧ he said.",
  })
  void continuationWorksForEachConvention(String markup) {
    assertQuotes(markup);
  }

  @Test
  void paragraphNotReopeningEndsTheQuoteUnclosed() {
    assertQuotes("⟦“The first paragraph.⟯\n\nShe paused.\n\n⟦“Another quote,”⟧ he said.");
  }

  @Test
  void quoteClosedInItsOwnParagraphDoesNotContinue() {
    assertQuotes("⟦“We will win,”⟧ she said.\n\n⟦“We always do.”⟧\n\nShe smiled.");
  }

  @Test
  void quoteReopenedButNeverClosedIsFlaggedOnItsLastPiece() {
    TextDocument doc = assertQuotes("⟦“One is open.⟫\n\n⟪“Two is open.⟯\n\nThree is prose.");
    assertThat(doc.quotes().get(0).unclosed()).isTrue();
    assertThat(doc.quotes().get(0).innerEnd()).isEqualTo(28);
  }

  @Test
  void changeOfMarkStyleStartsANewQuotation() {
    assertQuotes("⟦\"An excerpt quoting ⟦“someone”⟧ inside.⟫\n\n⟪\"More of the excerpt.⟯\n\n"
        + "⟦“A new quote,”⟧ she said.");
    assertQuotes("⟦“A speech begins.⟯\n\n⟦\"Another source,\"⟧ he said.");
    assertQuotes("⟦„Eine Rede beginnt.⟯\n\n⟦“Another one,”⟧ he said.");
  }

  @Test
  void openedMidParagraphStillContinues() {
    assertQuotes("He said, ⟦“this is the first part.⟫\n\n⟪“This is the last,”⟧ he added.");
  }
}
