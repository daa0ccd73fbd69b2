package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's shared strings for the rules' words, and the tokens that get them. */
class VocabularyTest {
  private static final Vocabulary WORDS = Vocabulary.of(List.of("said", "the", "Mayor", "n't",
      "o'brien", "café", ""));

  private static String find(String text) {
    return WORDS.lowerCaseOf(text, 0, text.length());
  }

  @Test
  void anyCaseOfAWordGivesTheOneSharedLowerCaseString() {
    String said = find("said");
    assertThat(said).isEqualTo("said");
    assertThat(find("Said")).isSameAs(said);
    assertThat(find("SAID")).isSameAs(said);
    assertThat(find("mayor")).isEqualTo("mayor").isSameAs(find("MAYOR"));
    assertThat(find("N'T")).isEqualTo("n't");
    assertThat(WORDS.lowerCaseOf("“Said it,” O'Brien said.", 1, 5)).isSameAs(said);
    assertThat(WORDS.lowerCaseOf("“Said it,” O'Brien said.", 11, 18)).isEqualTo("o'brien");
  }

  @Test
  void otherWordsAreNotFoundAndAccentedOnesAre() {
    assertThat(find("sai")).isNull();
    assertThat(find("saids")).isNull();
    assertThat(find("sa\u0131d")).isNull(); // dotless i
    assertThat(find("CAFÉ")).isEqualTo("café").isSameAs(find("café"));
    assertThat(find("\u0000\u0000")).isNull(); // hash 0, like an empty slot
    assertThat(Vocabulary.empty().lowerCaseOf("said", 0, 4)).isNull();
    assertThat(WORDS.size()).isEqualTo(6);
  }

  @Test
  void idsAreIndicesIntoTheSourceListAndMissesSayWhetherTheyAreSure() {
    List<String> source = List.of("said", "the", "Mayor", "the", "\u0130stanbul", "señor");
    Vocabulary v = Vocabulary.of(source);
    assertThat(v.isBuiltFrom(source)).isTrue();
    assertThat(v.isBuiltFrom(List.copyOf(new ArrayList<>(source)))).isFalse();
    assertThat(v.idOf("SAID", 0, 4)).isZero();
    assertThat(v.idOf("x the", 2, 5)).isEqualTo(1); // a repeat keeps the first id
    assertThat(v.idOf("mayor", 0, 5)).isEqualTo(2);
    assertThat(v.idOf("Señor", 0, 5)).isEqualTo(5);
    assertThat(v.word(5)).isEqualTo("señor");
    assertThat(v.word(2)).isEqualTo("mayor").isSameAs(v.lowerCaseOf("MAYOR", 0, 5));
    assertThat(v.idOf("says", 0, 4)).isEqualTo(Vocabulary.ABSENT);
    assertThat(v.idOf("Ruiz\u2019s", 0, 6)).isEqualTo(Vocabulary.ABSENT);
    // Lower-cased as String.toLowerCase would not be char for char: the lookup does not say.
    assertThat(v.idOf("\u0130x", 0, 2)).isEqualTo(Vocabulary.UNSURE);
    assertThat(v.idOf("\u03a3\u03a3", 0, 2)).isEqualTo(Vocabulary.UNSURE);
    assertThat(v.idOf("\ud83d\ude00", 0, 2)).isEqualTo(Vocabulary.UNSURE);
    // Longer than every word: lower-casing never shortens a token, so it is none of them.
    assertThat(v.idOf("Saidsaid", 0, 8)).isEqualTo(Vocabulary.ABSENT);
    assertThat(v.idOf("\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130\u0130", 0, 10))
        .isEqualTo(Vocabulary.ABSENT);
  }

  @Test
  void everyBmpCharFoldsAsStringLowerCaseDoes() {
    List<String> words = new ArrayList<>();
    for (char c = 0; c < 0xd800; c++) {
      if (c != '\u0130' && c != '\u03a3') {
        words.add(("x" + c).toLowerCase(Locale.ROOT));
      }
    }
    Vocabulary v = Vocabulary.of(words);
    for (char c = 1; c < 0xd800; c++) {
      String token = "X" + c;
      String found = v.lowerCaseOf(token, 0, token.length());
      if (c == '\u0130' || c == '\u03a3') {
        assertThat(v.idOf(token, 0, token.length())).isEqualTo(Vocabulary.UNSURE);
      } else {
        assertThat(found).as("char %04x", (int) c).isEqualTo(token.toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void aFullTableFindsEveryWordAndNothingElse() {
    Random random = new Random(7);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        sb.append((char) ('a' + random.nextInt(26)));
      }
      words.add(sb.toString());
    }
    Vocabulary v = Vocabulary.of(words);
    HashSet<String> set = new HashSet<>(words);
    for (String w : words) {
      String upper = w.toUpperCase(Locale.ROOT);
      assertThat(v.lowerCaseOf(upper, 0, upper.length())).isEqualTo(w);
    }
    for (int i = 0; i < 5000; i++) {
      String probe = Integer.toString(random.nextInt(1 << 30), 36).replaceAll("[0-9]", "q");
      assertThat(v.lowerCaseOf(probe, 0, probe.length()) != null).isEqualTo(set.contains(probe));
    }
  }

  @Test
  void documentTokensShareTheVocabularysStringsAndKeepTheirForms() {
    TextAnalyzer analyzer = new TextAnalyzer(new HashSet<>(TextAnalyzer.defaultAbbreviations()), WORDS);
    String text = "The Mayor said, SAID the mayor\u2019s aide. Said O'Brien.";
    TextDocument d = analyzer.analyze(text);
    // The Mayor said , SAID the mayor’s aide . Said O'Brien .
    assertThat(d.tokenText(2)).isSameAs(find("said"));
    assertThat(d.tokenLower(4)).isSameAs(find("said")).isSameAs(d.tokenLower(9));
    assertThat(d.tokenText(4)).isEqualTo("SAID").isNotSameAs(d.tokenLower(4));
    assertThat(d.tokenText(5)).isSameAs(d.tokenLower(0)).isSameAs(find("the"));
    assertThat(d.tokenKey(10)).isEqualTo("o'brien");
    assertThat(d.wordIdsIndex(List.of("said"))).isFalse();
    assertThat(d.tokenWordId(2)).isEqualTo(d.tokenWordId(4)).isZero(); // said, SAID
    assertThat(d.tokenWordId(6)).isEqualTo(Vocabulary.ABSENT); // mayor’s
    assertThat(d.tokenWordId(3)).isEqualTo(Vocabulary.ABSENT); // a comma
    for (int t = 0; t < d.tokenCount(); t++) {
      String raw = text.substring(d.tokenStart(t), d.tokenEnd(t));
      assertThat(d.tokenText(t)).isEqualTo(raw);
      assertThat(d.tokenLower(t)).isEqualTo(raw.toLowerCase(Locale.ROOT));
    }
  }
}
