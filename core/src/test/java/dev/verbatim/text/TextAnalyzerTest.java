package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.ANALYZER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paragraphs, sentences and tokens, each as exact [start,end) offsets with the text they cover. */
class TextAnalyzerTest {

  /** Renders {@code count} spans as "[start,end) text". */
  static List<String> spans(String text, int count, IntUnaryOperator start, IntUnaryOperator end) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int s = start.applyAsInt(i);
      int e = end.applyAsInt(i);
      out.add("[" + s + "," + e + ") " + text.substring(s, e));
    }
    return out;
  }

  static List<String> paragraphs(String text) {
    TextDocument d = ANALYZER.analyze(text);
    return spans(text, d.paragraphCount(), d::paragraphStart, d::paragraphEnd);
  }

  static List<String> sentences(String text) {
    TextDocument d = ANALYZER.analyze(text);
    return spans(text, d.sentenceCount(), d::sentenceStart, d::sentenceEnd);
  }

  static List<String> tokens(String text) {
    TextDocument d = ANALYZER.analyze(text);
    return spans(text, d.tokenCount(), d::tokenStart, d::tokenEnd);
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(paragraphs("One two.\n\nThree four.\n \t\n\nFive."))
        .containsExactly("[0,8) One two.", "[10,21) Three four.", "[26,31) Five.");
  }

  @Test
  void singleNewlinesSeparateParagraphsWhenTheTextPutsOneOnEachLine() {
    assertThat(paragraphs("First line.\nSecond line.\nThird line."))
        .containsExactly("[0,11) First line.", "[12,24) Second line.", "[25,36) Third line.");
  }

  @Test
  void singleNewlinesSeparateParagraphsEvenWithBlankLinesElsewhere() {
    assertThat(paragraphs("Title\n\nFirst line.\nSecond line.\n\nLast."))
        .containsExactly("[0,5) Title", "[7,18) First line.", "[19,31) Second line.",
            "[33,38) Last.");
  }

  @Test
  void hardWrappedTextKeepsItsParagraphsWhole() {
    String text = "The council met on a\nrainy day and voted\nto close the bridge.\n\n"
        + "The mayor said it\nwould reopen soon.";
    assertThat(paragraphs(text)).containsExactly(
        "[0,61) The council met on a\nrainy day and voted\nto close the bridge.",
        "[63,99) The mayor said it\nwould reopen soon.");
  }

  @Test
  void hardWrappedTextWithoutBlankLinesIsOneParagraph() {
    assertThat(paragraphs("The council met on a\nrainy day and voted\nto close the bridge."))
        .containsExactly("[0,61) The council met on a\nrainy day and voted\nto close the bridge.");
    QuoteMarkup.assertQuotes("⟦“We met on a\nrainy day,”⟧ she said.");
  }

  @Test
  void oneWrappedParagraphAmongBlankLinesStaysWhole() {
    assertThat(paragraphs("The vote was held on a\nrainy Tuesday.\n\nIt passed.")).containsExactly(
        "[0,37) The vote was held on a\nrainy Tuesday.", "[39,49) It passed.");
    assertThat(paragraphs("The vote was held on a\r\nrainy Tuesday.\r\n\r\n\r\nIt passed."))
        .containsExactly("[0,38) The vote was held on a\r\nrainy Tuesday.", "[44,54) It passed.");
  }

  @Test
  void paragraphsSurviveCrLfAndCrAndParagraphSeparators() {
    assertThat(paragraphs("One.\r\n\r\nTwo.\r\nThree.")).containsExactly(
        "[0,4) One.", "[8,12) Two.", "[14,20) Three.");
    assertThat(paragraphs("One.\r\rTwo.\rThree.")).containsExactly(
        "[0,4) One.", "[6,10) Two.", "[11,17) Three.");
    assertThat(paragraphs("One.\u2029Two.")).containsExactly("[0,4) One.", "[5,9) Two.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Mr.", "Mrs.", "Dr.", "U.S.", "Sept.", "Gov.", "Sen.", "Gen."})
  void abbreviationsNeverEndASentence(String abbreviation) {
    String text = "They met " + abbreviation + " Smith in Ohio. It rained.";
    int end = text.indexOf(" It");
    assertThat(sentences(text)).containsExactly(
        "[0," + end + ") " + text.substring(0, end), "[" + (end + 1) + "," + text.length() + ") It rained.");
  }

  @Test
  void abbreviationsAndInitialsInOneSentence() {
    assertThat(sentences("Mr. Smith met Dr. J. Jones in the U.S. capital in Sept. last year. "
        + "Gov. Brown came too."))
        .containsExactly("[0,66) Mr. Smith met Dr. J. Jones in the U.S. capital in Sept. last year.",
            "[67,87) Gov. Brown came too.");
  }

  @Test
  void sentenceNeverBreaksInsideAQuotation() {
    assertThat(sentences("“Stop. Now,” she said. Then she left."))
        .containsExactly("[0,22) “Stop. Now,” she said.", "[23,37) Then she left.");
    assertThat(sentences("He said, “Wait. Think. Then act.” They nodded."))
        .containsExactly("[0,33) He said, “Wait. Think. Then act.”", "[34,46) They nodded.");
  }

  @Test
  void sentencesNeverCrossParagraphs() {
    assertThat(sentences("No full stop here\n\nNor here")).containsExactly(
        "[0,17) No full stop here", "[19,27) Nor here");
  }

  @Test
  void sentencesKnowTheirParagraphAndFirstToken() {
    TextDocument d = ANALYZER.analyze("One. Two.\n\nThree.");
    assertThat(d.sentenceCount()).isEqualTo(3);
    assertThat(d.sentenceParagraph(0)).isEqualTo(0);
    assertThat(d.sentenceParagraph(1)).isEqualTo(0);
    assertThat(d.sentenceParagraph(2)).isEqualTo(1);
    assertThat(d.tokenText(d.sentenceFirstToken(1))).isEqualTo("Two");
    assertThat(d.sentenceEndToken(1)).isEqualTo(d.sentenceFirstToken(2));
    assertThat(d.sentenceEndToken(2)).isEqualTo(d.tokenCount());
  }

  @Test
  void tokensDropWhiteSpaceAndInvisibleCharacters() {
    assertThat(tokens("He said\u00A0“no”\t\u200B again."))
        .containsExactly("[0,2) He", "[3,7) said", "[8,9) “", "[9,11) no", "[11,12) ”",
            "[15,20) again", "[20,21) .");
  }

  @Test
  void offsetsSurviveTabsNbspZeroWidthAndEmoji() {
    String text = "😀 A\ttab, a\u00A0space and a zero\u200Bwidth “quo\u200Cte 😀” here.\r\n"
        + "😀😀 Next “line 😀.”";
    assertThat(paragraphs(text)).containsExactly(
        "[0,52) 😀 A\ttab, a\u00A0space and a zero\u200Bwidth “quo\u200Cte 😀” here.",
        "[54,74) 😀😀 Next “line 😀.”");
    assertThat(QuoteMarkup.quotes(text)).isEqualTo(
        "😀 A\ttab, a\u00A0space and a zero\u200Bwidth ⟦“quo\u200Cte 😀”⟧ here.\r\n"
            + "😀😀 Next ⟦“line 😀.”⟧");
    TextDocument d = ANALYZER.analyze(text);
    for (int t = 0; t < d.tokenCount(); t++) {
      assertThat(Character.isLowSurrogate(text.charAt(d.tokenStart(t))))
          .as("token %d splits a surrogate pair", t).isFalse();
    }
  }

  @Test
  void marksBesideEmojiStillPair() {
    QuoteMarkup.assertQuotes("😀⟦'hi'⟧😀 and 😀⟦“hi”⟧😀 and ⟦'I love it😀'⟧ she said, ⟦\"so 😀\"⟧ too.");
  }

  @Test
  void tokenLookupsFindTheContainingOrNextToken() {
    TextDocument d = ANALYZER.analyze("Ab  cd.");
    assertThat(d.tokenAtOrAfter(0)).isEqualTo(0);
    assertThat(d.tokenAtOrAfter(1)).isEqualTo(0);
    assertThat(d.tokenAtOrAfter(2)).isEqualTo(1);
    assertThat(d.tokenAtOrAfter(7)).isEqualTo(3);
    assertThat(d.tokenIs(1, "cd")).isTrue();
    assertThat(d.tokenIs(2, '.')).isTrue();
    assertThat(d.tokenType(0)).isEqualTo(TextDocument.WORD);
    assertThat(d.tokenType(2)).isEqualTo(TextDocument.PUNCT);
  }
}
