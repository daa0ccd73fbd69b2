package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.AttributionResult;
import dev.verbatim.Genre;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The genre setting and what fiction counts as a line of dialogue, on invented passages. */
class FictionDetectionTest {
  private static final QuoteAttributor NEWS = QuoteAttributor.builder().build();
  private static final QuoteAttributor FICTION =
      QuoteAttributor.builder().genre(Genre.FICTION).build();
  private static final QuoteAttributor AUTO = QuoteAttributor.builder().genre(Genre.AUTO).build();

  /** A passage of invented dialogue: short lines, no cues, alternating speakers. */
  static final String DIALOGUE = String.join("\n\n",
      "The kettle had boiled dry before Marnie noticed it.",
      "\"Oh, bother,\" said Marnie.",
      "\"Again?\"",
      "\"Again.\"",
      "Tobias laughed and took the kettle from her. \"I'll fill it.\"",
      "\"You won't. You'll flood the sink, the way you did on Sunday.\"",
      "\"Once!\"",
      "\"Twice,\" said she, \"and the second time on purpose.\"",
      "\"Fine.\"",
      "\"Fine.\"",
      "They stood a moment, neither of them moving toward the tap.",
      "\"Tea?\"",
      "\"Tea.\"");

  private static List<String> texts(AttributionResult r) {
    return r.quotes().stream().map(q -> q.spans().stream().map(Span::text)
        .reduce((a, b) -> a + "|" + b).orElse("")).toList();
  }

  @Test
  void newsIsTheDefaultGenre() {
    assertThat(QuoteAttributor.builder().build().genre()).isEqualTo(Genre.NEWS);
    assertThat(FICTION.genre()).isEqualTo(Genre.FICTION);
  }

  @Test
  void aNullGenreIsRefusedWithItsChoices() {
    assertThatThrownBy(() -> QuoteAttributor.builder().genre(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("NEWS, FICTION or AUTO");
  }

  @Test
  void newsSkipsShortUncuedLinesThatFictionReports() {
    assertThat(texts(NEWS.attribute(DIALOGUE))).doesNotContain("\"Again?\"");
    assertThat(texts(FICTION.attribute(DIALOGUE))).containsExactly(
        "\"Oh, bother,\"", "\"Again?\"", "\"Again.\"", "\"I'll fill it.\"",
        "\"You won't. You'll flood the sink, the way you did on Sunday.\"", "\"Once!\"",
        "\"Twice,\"|\"and the second time on purpose.\"", "\"Fine.\"", "\"Fine.\"", "\"Tea?\"",
        "\"Tea.\"");
  }

  @Test
  void aLineInterruptedByItsTagIsOneQuoteOfTwoPieces() {
    AttributionResult r = FICTION.attribute(DIALOGUE);
    Quote q = r.quotes().get(6);
    int first = DIALOGUE.indexOf("\"Twice,\"");
    int second = DIALOGUE.indexOf("\"and the second");
    assertThat(q.spans()).extracting(Span::start, Span::end).containsExactly(
        org.assertj.core.groups.Tuple.tuple(first, first + 8),
        org.assertj.core.groups.Tuple.tuple(second, second + 33));
  }

  @Test
  void aScareQuoteInsideNarrationIsNoLine() {
    String text = "\"Come in,\" said Marnie.\n\nHe called the shed his \"workshop\" and never "
        + "let anyone inside.\n\n\"It's locked,\" said Tobias.";
    assertThat(texts(FICTION.attribute(text))).containsExactly("\"Come in,\"", "\"It's locked,\"");
  }

  @Test
  void singleQuoteDialogueAndANestedQuoteAreRead() {
    String text = "\u2018Where were you?\u2019 asked Marnie.\n\n"
        + "\u2018At the station. The guard said \u201cno more trains\u201d and shut the gate.\u2019";
    assertThat(texts(FICTION.attribute(text))).containsExactly("\u2018Where were you?\u2019",
        "\u2018At the station. The guard said \u201cno more trains\u201d and shut the gate.\u2019");
  }

  @Test
  void autoReadsDialogueAsFictionAndAnArticleAsNews() {
    String article = "The council met on Tuesday. \u201cWe will finish the bridge by May, and we "
        + "will do it within the budget we set last year,\u201d the mayor said.";
    assertThat(texts(AUTO.attribute(DIALOGUE))).isEqualTo(texts(FICTION.attribute(DIALOGUE)));
    assertThat(AUTO.attribute(article).quotes()).isEqualTo(NEWS.attribute(article).quotes());
  }

  private static List<List<Integer>> offsets(AttributionResult r) {
    return r.quotes().stream().map(q -> q.spans().stream()
        .flatMap(sp -> java.util.stream.Stream.of(sp.start(), sp.end())).toList()).toList();
  }

  @Test
  void linesAroundATagAreOneQuoteButLinesAroundNarrationAloneAreTwo() {
    String tagged = "\"Not today!\" cried Marnie. \"Ask me on Friday.\"";
    assertThat(offsets(FICTION.attribute(tagged))).containsExactly(List.of(0, 12, 27, 46));
    String action = "\"Not today.\" Marnie folded the letter. \"Ask me on Friday.\"";
    assertThat(offsets(FICTION.attribute(action)))
        .containsExactly(List.of(0, 12), List.of(39, 58));
    // The first line breaks off mid-sentence, or the narrative carries on its sentence: one quote.
    String broken = "\"Not today,\" and Marnie folded the letter. \"Ask me on Friday.\"";
    assertThat(offsets(FICTION.attribute(broken))).containsExactly(List.of(0, 12, 43, 62));
    String carried = "\"Not today!\" and she folded the letter. \"Ask me on Friday.\"";
    assertThat(offsets(FICTION.attribute(carried))).containsExactly(List.of(0, 12, 40, 59));
  }

  @Test
  void aSecondLineWithItsOwnTagOrLeadInIsASecondQuote() {
    // its own tag after it
    String added = "\"Not today,\" said Marnie. \"Ask me on Friday,\" she added.";
    assertThat(offsets(FICTION.attribute(added)))
        .containsExactly(List.of(0, 12), List.of(26, 45));
    // its own lead-in, after the first line's tag
    String lead = "\"Not today,\" said Marnie. Then Tobias said, \"Ask me on Friday.\"";
    assertThat(offsets(FICTION.attribute(lead)))
        .containsExactly(List.of(0, 12), List.of(44, 63));
    // one tag shared by both pieces, and a second piece that carries on the sentence
    String shared = "\"Not today,\" she said, \"not ever.\"";
    assertThat(offsets(FICTION.attribute(shared))).containsExactly(List.of(0, 12, 23, 34));
    String carried = "\"Not today,\" she said, \"not ever,\" she added.";
    assertThat(offsets(FICTION.attribute(carried))).containsExactly(List.of(0, 12, 23, 34));
  }

  @Test
  void aTagMayCarryALongActionBetweenTheLinesOfOneQuote() {
    String text = "\"Not today,\" said Marnie, turning away from the window and folding the "
        + "letter she had been reading into smaller and smaller squares until it would fold no "
        + "more, \"and not on Friday either.\"";
    int second = text.indexOf("\"and not");
    assertThat(offsets(FICTION.attribute(text)))
        .containsExactly(List.of(0, 12, second, text.length()));
  }

  @Test
  void aQuotedParagraphSetInFromTheMarginIsALetterOrVerseNotALine() {
    String text = "\"Is there post?\" asked Marnie.\n\n"
        + "Tobias unfolded the card and read it aloud:\n\n"
        + "     \"The roads are shut and I shall not be home before the thaw.\"\n\n"
        + "\"Not before the thaw!\" said Marnie.";
    int last = text.indexOf("\"Not before");
    assertThat(offsets(FICTION.attribute(text)))
        .containsExactly(List.of(0, 16), List.of(last, last + 22));
    // a text that indents every paragraph keeps its dialogue
    String indented = "    \"Is there post?\" asked Marnie.\n\n    \"None,\" said Tobias.";
    assertThat(texts(FICTION.attribute(indented)))
        .containsExactly("\"Is there post?\"", "\"None,\"");
  }

  @Test
  void aPhraseOrTitleQuotedAfterAWordIsNoLineButAnAnswerAfterItsVerbIs() {
    String text = "She had promised him \"a quiet week,\" and broke it by Tuesday.\n\n"
        + "He spent the evening with a copy of \"The Salt Road.\" Nobody spoke.\n\n"
        + "At last he said \"Enough.\" and closed the book.";
    AttributionResult r = FICTION.attribute(text);
    int at = text.indexOf("\"Enough.\"");
    assertThat(offsets(r)).containsExactly(List.of(at, at + 9));
  }

  @Test
  void aQuotationAfterASentenceAboutSomethingWrittenIsThatTextNotALine() {
    String text = "\"Anything?\" asked Marnie.\n\n"
        + "Tobias found the note propped on the clock, and it said only this:\n\n"
        + "\"Gone to the coast. Back on Friday.\"\n\n"
        + "He turned the jar and read the label: \"Not to be taken.\" Then he laughed.\n\n"
        + "He took the letter from her and said: \"Not to be opened.\"";
    int last = text.indexOf("\"Not to be opened");
    assertThat(offsets(FICTION.attribute(text)))
        .containsExactly(List.of(0, 11), List.of(last, last + 19));
  }

  @Test
  void aSpeechOverSeveralParagraphsIsOneLinePerParagraphOfOneSpeaker() {
    String text = "\"Tell me about the ford,\" said Tobias.\n\n"
        + "\"We came to it at dusk,\" said Marnie, \"and the bridge was gone.\n\n"
        + "\"So we waited for the water to fall.\n\n"
        + "\"It fell by morning.\"\n\n"
        + "Tobias nodded.";
    int tag = text.indexOf("\"We came");
    int and = text.indexOf("\"and the");
    int so = text.indexOf("\"So we");
    int it = text.indexOf("\"It fell");
    AttributionResult r = FICTION.attribute(text);
    assertThat(offsets(r)).containsExactly(List.of(0, 25), List.of(tag, tag + 24, and, and + 25),
        List.of(so, so + 36), List.of(it, it + 21));
    assertThat(r.quotes().subList(1, 4)).allSatisfy(
        q -> assertThat(q.speaker().mention().text()).isEqualTo("Marnie"));
  }

  @Test
  void aLineGoesOnInLowerCaseAfterAnActionWithoutPunctuation() {
    String text = "\"It is nearly six\" glancing at the clock \"and you have not eaten.\"\n\n"
        + "He wrote \"turn\" and \"return\" alike.\n\n"
        + "\"I love her.\" It was the first time he had used the word \"love.\"";
    int and = text.indexOf("\"and you");
    int love = text.indexOf("\"I love");
    assertThat(offsets(FICTION.attribute(text))).containsExactly(List.of(0, 18, and, and + 25),
        List.of(love, love + 13));
  }
}
