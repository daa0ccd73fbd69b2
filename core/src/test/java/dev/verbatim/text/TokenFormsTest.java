package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each token's text, lower-case form and key, made once per token. */
class TokenFormsTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(new HashSet<>(TextAnalyzer.defaultAbbreviations()));

  /** What the rules used to compute per call, and what every interned form must equal. */
  private static String referenceKey(String token) {
    String k = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  private static int token(TextDocument d, String text) {
    for (int t = 0; t < d.tokenCount(); t++) {
      if (d.tokenText(t).equals(text)) {
        return t;
      }
    }
    throw new AssertionError("no token " + text);
  }

  @Test
  void tokenLowerIsAnswersAsTheLowerCaseFormWouldWithoutMakingIt() {
    String text = "AND and And \u0130 \u0130x \u039f\u0394\u039f\u03a3 \u212aelvin \u0131f If "
        + "\uD835\uDC00bc caf\u00c9 Ruiz\u2019s";
    String[] probes = {"and", "an", "andy", "i\u0307", "i\u0307x", "\u03bf\u03b4\u03bf\u03c2",
        "\u03bf\u03b4\u03bf\u03c3", "kelvin", "if", "\u0131f", "caf\u00e9", "ruiz\u2019s", "ruiz's",
        "\uD835\uDC00bc", "x", ""};
    for (boolean madeFirst : new boolean[] {false, true}) {
      TextDocument d = ANALYZER.analyze(text);
      for (int t = 0; t < d.tokenCount(); t++) {
        String lower = text.substring(d.tokenStart(t), d.tokenEnd(t)).toLowerCase(Locale.ROOT);
        if (madeFirst) {
          assertThat(d.tokenLower(t)).isEqualTo(lower);
        }
        for (String p : probes) {
          assertThat(d.tokenLowerIs(t, p)).as("%s is %s", lower, p).isEqualTo(lower.equals(p));
        }
      }
    }
    TextDocument d = ANALYZER.analyze(text);
    assertThat(d.tokenLowerIs(2, "and")).isTrue();
    assertThat(d.tokenLowerIs(3, "i\u0307")).isTrue(); // İ lower-cases to two chars
  }

  @Test
  void formsOfEveryTokenMatchTheirDefinitions() {
    String text = "The Gov. said RUIZ\u2019s plan was ÉTÉ-long; the İstanbul ΟΔΟΣ said \uD835\uDC00bc.";
    TextDocument d = ANALYZER.analyze(text);
    for (int t = 0; t < d.tokenCount(); t++) {
      String raw = text.substring(d.tokenStart(t), d.tokenEnd(t));
      assertThat(d.tokenText(t)).isEqualTo(raw);
      assertThat(d.tokenLower(t)).isEqualTo(raw.toLowerCase(Locale.ROOT));
      assertThat(d.tokenKey(t)).isEqualTo(referenceKey(raw));
      assertThat(d.tokenType(t)).isBetween(TextDocument.WORD, TextDocument.PUNCT);
      assertThat(d.tokenCapitalised(t)).as(raw).isEqualTo(
          d.tokenType(t) == TextDocument.WORD && Character.isUpperCase(raw.charAt(0)));
    }
    assertThat(d.tokenCapitalised(token(d, "The"))).isTrue();
    assertThat(d.tokenCapitalised(token(d, "ÉTÉ"))).isTrue();
    assertThat(d.tokenCapitalised(token(d, "said"))).isFalse();
    assertThat(d.tokenKey(token(d, "RUIZ\u2019s"))).isEqualTo("ruiz's");
    assertThat(d.tokenLower(token(d, "ΟΔΟΣ"))).isEqualTo("οδος");
  }

  @Test
  void eachFormIsMadeOncePerToken() {
    TextDocument d = ANALYZER.analyze("THE Mayor\u2019s aide said.");
    assertThat(d.tokenText(1)).isSameAs(d.tokenText(1)).isEqualTo("Mayor\u2019s");
    assertThat(d.tokenLower(1)).isSameAs(d.tokenLower(1)).isEqualTo("mayor\u2019s");
    assertThat(d.tokenKey(1)).isSameAs(d.tokenKey(1)).isEqualTo("mayor's");
    assertThat(d.tokenKey(3)).isSameAs(d.tokenLower(3)).isEqualTo("said");
  }

  @Test
  void keyOfAnAbbreviationDropsItsPeriod() {
    TextDocument d = ANALYZER.analyze("Gov. Ana Ruiz\u2019s office");
    int gov = token(d, d.tokenText(0));
    assertThat(d.text().substring(d.tokenStart(gov), d.tokenEnd(gov))).startsWith("Gov");
    assertThat(d.tokenKey(gov)).isEqualTo("gov");
    int possessive = token(d, "Ruiz\u2019s");
    assertThat(d.tokenKey(possessive)).isEqualTo("ruiz's");
  }

  @Test
  void randomTextGivesTheReferenceFormsForEveryToken() {
    Random random = new Random(20261204);
    String alphabet = "aAzZ\u00e9\u00c9\u0130\u0131\u03a3\u03c3\u2019'.-  \n\u201c\u201d\u00df\uD83D\uDE00\uD800";
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      TextDocument d = ANALYZER.analyze(text);
      for (int t = 0; t < d.tokenCount(); t++) {
        String raw = text.substring(d.tokenStart(t), d.tokenEnd(t));
        assertThat(d.tokenText(t)).as("text %s", raw).isEqualTo(raw);
        assertThat(d.tokenLower(t)).as("lower %s", raw).isEqualTo(raw.toLowerCase(Locale.ROOT));
        assertThat(d.tokenKey(t)).as("key %s", raw).isEqualTo(referenceKey(raw));
      }
    }
  }
}
