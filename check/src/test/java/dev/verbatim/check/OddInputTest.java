package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd content never throws, and every span in a report is a valid span of its text. */
class OddInputTest {
  private static final String PIECES[] = {"\u201C", "\u201D", "\"", "...", "\u2026", "[", "]",
      "[the mayor]", "NAVARRO: ", "\n", "Q: ", "-\n", "we", "will", "not", "build", "the", "wall",
      " ", ", ", ". ", "\uD83D\uDE00", "\u0301", "<v Ana>", "1,000", "[T]he", "'", "\u2019"};

  @Test
  void randomMixturesOfMarksLabelsAndWords() {
    Random rnd = new Random(99);
    QuoteChecker checker = QuoteChecker.builder().build();
    for (int round = 0; round < 300; round++) {
      String article = soup(rnd, 60);
      SourceText a = SourceText.parse("a.txt", soup(rnd, 120));
      SourceText b = SourceText.parse("b.txt", soup(rnd, 40));
      CheckReport r = checker.check(article, List.of(a, b));
      for (QuoteCheck c : r.checks()) {
        c.article().forEach(s -> valid(article, s));
        for (Passage p : c.passages()) {
          valid(r.sources().get(p.source()).text(), p.span());
        }
        for (Difference d : c.differences()) {
          valid(article, d.article());
          valid(r.sources().get(c.passages().get(d.passage()).source()).text(), d.source());
        }
        assertThat(c.similarity()).isBetween(0.0, 1.0);
      }
      assertThat(TextReport.render(r)).endsWith("\n");
      assertThat(HtmlReport.render(r)).endsWith("</html>\n");
    }
  }

  private static void valid(String text, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
  }

  private static String soup(Random rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
