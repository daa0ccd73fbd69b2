package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the mark table, through the detector and as a table lookup. */
class QuoteMarksTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "She said ⟦\"yes\"⟧ and left.",
      "She said ⟦'yes'⟧ and left.",
      "She said ⟦“yes”⟧ and left.",
      "She said ⟦‘yes’⟧ and left.",
      "Er sagte ⟦„ja“⟧ und ging.",
      "Er sagte ⟦„ja”⟧ und ging.",
      "Er sagte ⟦‚ja‘⟧ und ging.",
      "Er sagte ⟦‚ja’⟧ und ging.",
      "Il a dit ⟦« oui »⟧ et il est parti.",
      "Han sagde ⟦»ja«⟧ og gik.",
      "Hon sa ⟦»ja»⟧ och gick.",
      "Il a dit ⟦‹ oui ›⟧ et il est parti.",
      "Han sagde ⟦›ja‹⟧ og gik.",
      "Hon sa ⟦›ja›⟧ och gick.",
      "彼は⟦「はい」⟧と言った。",
      "彼は⟦『はい』⟧と言った。",
      "彼は⟦〝はい〞⟧と言った。",
      "彼は⟦〝はい〟⟧と言った。",
      "He said ⟦＂yes＂⟧ and left.",
  })
  void eachMarkTypePairsWithItsCloser(String markup) {
    assertQuotes(markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦“Come back,”⟧ she said, ⟦“and bring the key.”⟧",
      "⟦\"Come back,\"⟧ she said, ⟦\"and bring the key.\"⟧",
      "⟦'Come back,'⟧ she said, ⟦'and bring the key.'⟧",
      "⟦« Reviens »⟧, dit-elle, ⟦« avec la clé. »⟧",
      "⟦「来て」⟧と彼女は言い、⟦「鍵も」⟧と続けた。",
  })
  void consecutiveQuotesOfOneTypeStaySeparate(String markup) {
    assertQuotes(markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "She said “yes» and left.",
      "She said «yes” and left.",
      "彼は「はい』と言った。",
      "Er sagte „ja» und ging.",
  })
  void mismatchedPairsAreNotPaired(String text) {
    assertThat(QuoteMarkup.quotes(text)).doesNotContain("⟧");
  }

  @ParameterizedTest(name = "{0} closes with {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"|\"|true", "'|'|true", "“|”|true", "‘|’|true", "„|“|true", "„|”|true", "‚|‘|true",
      "‚|’|true", "«|»|true", "»|«|true", "»|»|true", "‹|›|true", "›|‹|true", "›|›|true",
      "「|」|true", "『|』|true", "〝|〞|true", "〝|〟|true", "＂|＂|true",
      "«|«|false", "‹|‹|false", "「|』|false", "『|」|false", "„|„|false", "“|»|false",
      "‘|”|false", "＂|”|false", "「|”|false", "“|“|true", "”|”|true", "”|\"|true", "”|“|false",
  })
  void tableSaysWhichCloserEachOpenerAccepts(char open, char close, boolean expected) {
    assertThat(QuoteMarks.canOpen(open)).isEqualTo(open != '”');
    assertThat(QuoteMarks.isMark(close)).isTrue();
    assertThat(QuoteMarks.closes(open, close)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(chars = {'a', ' ', '.', '(', '—', '`', '´', '′', '″'})
  void otherCharactersAreNotMarks(char c) {
    assertThat(QuoteMarks.isMark(c)).isFalse();
    assertThat(QuoteMarks.canOpen(c)).isFalse();
  }
}
