package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.text.TextAnalyzer;
import dev.verbatim.text.TextDocument;
import dev.verbatim.text.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link WordClasses} answers exactly as its sets do, by id or by string. */
class WordClassesTest {
  private static final Lexicons LEX = Lexicons.load(Map.of(), Map.of());
  private static final List<String> WORDS = List.copyOf(RuleVocabulary.of(LEX));
  private static final Set<String> LISTED = WORDS.stream()
      .map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
  private static final WordClasses CLASSES = new WordClasses(WORDS, LEX);

  private static final String TEXT = "The mayor’s aide, Dana Pruitt, said Ruiz had told İlker that "
      + "according to them the ΣΟΦΙΑ report would announce it. SAID the Señor: “no.”";

  private static TextDocument analyse(Vocabulary vocabulary) {
    return new TextAnalyzer(new HashSet<>(TextAnalyzer.defaultAbbreviations()), vocabulary)
        .analyze(TEXT);
  }

  /** The bits the sets themselves give for token t. */
  private static long expected(TextDocument doc, int t) {
    long b = 0;
    List<Set<String>> sets = CLASSES.sets();
    for (int i = 0; i < sets.size(); i++) {
      if (sets.get(i).contains(doc.tokenLower(t))) {
        b |= 1L << i;
      }
    }
    return b;
  }

  @Test
  void everyTokenGetsTheBitsOfTheSetsThatHoldItWithOrWithoutIds() {
    TextDocument own = analyse(Vocabulary.of(WORDS));
    TextDocument other = analyse(Vocabulary.of(List.of("said", "the")));
    assertThat(own.wordIdsIndex(WORDS)).isTrue();
    assertThat(other.wordIdsIndex(WORDS)).isFalse();
    long seen = 0;
    for (int t = 0; t < own.tokenCount(); t++) {
      assertThat(CLASSES.of(own, t)).as("token %s", own.tokenText(t)).isEqualTo(expected(own, t));
      assertThat(CLASSES.of(other, t)).isEqualTo(expected(other, t));
      boolean absent = CLASSES.absent(own, t);
      // Absent exactly when not listed, except that a token the lookup is unsure of is never absent.
      assertThat(absent).as("token %s", own.tokenText(t))
          .isEqualTo(own.tokenWordId(t) != -2 && !LISTED.contains(own.tokenLower(t)));
      seen |= CLASSES.of(own, t);
    }
    // The text reaches cue starts, cue verbs, determiners, prepositions and subject pronouns.
    assertThat(seen & (WordClasses.CUE_START | WordClasses.CUE_VERB | WordClasses.DETERMINER
        | WordClasses.PREPOSITION | WordClasses.SUBJECT_PRONOUN))
        .isEqualTo(WordClasses.CUE_START | WordClasses.CUE_VERB | WordClasses.DETERMINER
            | WordClasses.PREPOSITION | WordClasses.SUBJECT_PRONOUN);
    int said = TEXT.indexOf("said");
    int t = own.tokenAtOrAfter(said);
    assertThat(own.tokenStart(t)).isEqualTo(said);
    assertThat(CLASSES.any(own, t, WordClasses.CUE_VERB)).isTrue();
    assertThat(CLASSES.any(own, t, WordClasses.DETERMINER)).isFalse();
    int unsure = own.tokenAtOrAfter(TEXT.indexOf("İlker"));
    assertThat(own.tokenWordId(unsure)).isEqualTo(-2);
    assertThat(CLASSES.absent(own, unsure)).isFalse();
  }

  @Test
  void aSetWordMissingFromTheVocabularyFailsAtConstruction() {
    List<String> without = WORDS.stream().filter(w -> !w.equals("said")).toList();
    assertThatThrownBy(() -> new WordClasses(without, LEX))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'said'");
  }
}
