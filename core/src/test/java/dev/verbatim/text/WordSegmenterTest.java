package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WordSegmenter} against ICU4J's word iterator: the same non-space segments with the same
 * kinds, on written news, on every character class it handles, and on random text.
 */
class WordSegmenterTest {
  private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.ENGLISH);

  /** Non-space segments as "[start,end) kind text". */
  private static List<String> fast(String text) {
    List<String> out = new ArrayList<>();
    new WordSegmenter(PROTOTYPE).segment(text, (s, e, kind) -> add(out, text, s, e, kind));
    return out;
  }

  private static List<String> icu(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = (BreakIterator) PROTOTYPE.clone();
    it.setText(text);
    int s = it.first();
    for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      int status = it.getRuleStatus();
      int kind = status >= BreakIterator.WORD_LETTER ? WordSegmenter.LETTER
          : status >= BreakIterator.WORD_NUMBER ? WordSegmenter.NUMBER : WordSegmenter.NONE;
      add(out, text, s, e, kind);
    }
    return out;
  }

  private static void add(List<String> out, String text, int s, int e, int kind) {
    if (kind == WordSegmenter.NONE && QuoteDetector.isSpace(text.charAt(s))) {
      return;
    }
    out.add("[" + s + "," + e + ") " + kind + " " + text.substring(s, e));
  }

  @Test
  void segmentsAWrittenSentenceExactly() {
    String text = "“We’ll see,” said Gov. Ana Ruiz, 54. U.S. costs rose 3.5% to $1,000.";
    assertThat(fast(text)).containsExactly(
        "[0,1) 0 “", "[1,6) 2 We’ll", "[7,10) 2 see", "[10,11) 0 ,", "[11,12) 0 ”",
        "[13,17) 2 said", "[18,21) 2 Gov", "[21,22) 0 .", "[23,26) 2 Ana", "[27,31) 2 Ruiz",
        "[31,32) 0 ,", "[33,35) 1 54", "[35,36) 0 .", "[37,40) 2 U.S", "[40,41) 0 .",
        "[42,47) 2 costs", "[48,52) 2 rose", "[53,56) 1 3.5", "[56,57) 0 %", "[58,60) 2 to",
        "[61,62) 0 $", "[62,67) 1 1,000", "[67,68) 0 .");
    assertThat(fast(text)).isEqualTo(icu(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "don't rock'n'roll Jones' ’90s ‘quoted’ O’Neill", "a.b.c 1.2.3 1,2;3 4;x x;4 a,b",
      "Müller, José and Zoë Ødegaard — naïve façade… «Bonjour» ×÷", "note:this 10:30 a:b",
      "COVID19 A4 3rd 1990s snake_case __init__", "co\u00ADop e\u0301te\u0301 \u0301x 👍🏽 #️⃣",
      "tab\tsep\r\nCRLF\n\nLF  two  spaces\u00A0nbsp\u2003em", "日本語 テキスト 한국어 ไทย العربية עִברִית",
      "ctrl\u0001x \u200Bzw\u200Dj \uFEFFbom \uD800lone \uDC00low", "... -- — – ! ? ( ) [ ] @ & * +"})
  void agreesWithIcuOnEveryClass(String text) {
    assertThat(fast(text)).isEqualTo(icu(text));
  }

  @Test
  void agreesWithIcuOnRandomText() {
    Random random = new Random(42);
    String alphabet = "aZ09.'’‘,;: \n\t-_\"“”—é\u0301\u00AD\u200B\uD83D\uDC4D\u00A0\u3042"
        + "\u05D0\u0130xyz  ÀÿĀɏ×÷«»€£°•…–\u2024\uFF0E\u0085\u000B\u00B7";
    for (int doc = 0; doc < 3000; doc++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(fast(text)).as("text %s", text).isEqualTo(icu(text));
    }
  }

  @Test
  void agreesWithIcuOnRandomNewsLikeText() {
    Random random = new Random(7);
    String[] words = {"The", "mayor", "said", "“We", "will", "win,”", "U.S.", "3.5%", "$1,000",
        "don’t", "O'Neill", "—", "(AP)", "e.g.", "Dr.", "’90s", "José", "co-op", "10:30", "A4"};
    for (int doc = 0; doc < 500; doc++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? "\n" : " ");
      }
      String text = sb.toString();
      assertThat(fast(text)).as("text %s", text).isEqualTo(icu(text));
    }
  }
}
