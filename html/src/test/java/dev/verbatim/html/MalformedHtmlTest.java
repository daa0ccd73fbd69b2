package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad HTML never throws, and the offset map keeps its promises on it. */
class MalformedHtmlTest {
  private static final QuoteAttributor ENGINE = QuoteAttributor.create();
  private static final String[] PIECES = {"<p>", "</p>", "<q>", "</q>", "<blockquote>",
      "</blockquote>", "<em>", "</em>", "<b>", "</i>", "<br>", "<", ">", "&", "&amp;", "&ldquo;",
      "&#8221;", "&#x;", "&#99999999;", "&nbsp;", "\u201C", "\u201D", "\"", "'", " ", "\n", "\r\n",
      "said", "We win", ",", ".", "<script>", "</script>", "<table>", "<td>", "<!--", "-->",
      "<pre>", "</pre>", "<li>", "<nav>", "<div class=byline>", "\uD83D\uDE00", "\uD800", "<a href='"};

  static Stream<String> nasty() {
    return Stream.of("", "<", "<<<>>>", "&", "&#", "&#x", "</p></p></div>", "<p>unclosed <b>bold",
        "<q>", "<blockquote>", "<q></q>", "a < b and c > d", "<table><p>text</table>",
        "<p>“open and never closed", "<!-- unterminated comment", "<script>never closed",
        "<div>".repeat(5000) + "deep" + "</div>".repeat(10),
        "<q>".repeat(300) + "nested quotes",
        "<em>&ldquo;We <b>will</em> win,&rdquo;</b> she said");
  }

  @ParameterizedTest
  @MethodSource("nasty")
  void neverThrowsAndKeepsTheMapValid(String html) {
    assertValid(HtmlDocument.parse(html));
  }

  @Test
  void randomTagSoupKeepsTheMapValid() {
    Random random = new Random(20261128L);
    for (int n = 0; n < 400; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int k = 0; k < length; k++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertValid(HtmlDocument.parse(sb.toString()));
    }
  }

  @Test
  void unclosedTagsStillGiveTheirQuote() {
    HtmlDocument doc = HtmlDocument.parse("<div><p>&ldquo;Rents <b>are <i>too</b> high</i>,&rdquo; said Mia Chen<p>Next");

    assertThat(doc.text()).isEqualTo("“Rents are too high,” said Mia Chen\n\nNext");
    Span quote = doc.attribute(ENGINE).result().quotes().get(0).spans().get(0);
    assertThat(quote).isEqualTo(new Span(0, 21, "“Rents are too high,”"));
    assertThat(doc.sourceSpan(quote).text()).isEqualTo("&ldquo;Rents <b>are <i>too</b> high</i>,&rdquo;");
  }

  /**
   * The map is monotone and in bounds, and any character mapped to a single source character that is
   * not white space is that very character.
   */
  private static void assertValid(HtmlDocument doc) {
    String html = doc.html();
    String text = doc.text();
    int previous = 0;
    for (int i = 0; i <= text.length(); i++) {
      int at = doc.sourceOffset(i);
      assertThat(at).isBetween(previous, html.length());
      previous = at;
      if (i < text.length()) {
        Span src = doc.sourceSpan(i, i + 1);
        assertThat(src.end()).isLessThanOrEqualTo(html.length());
        if (src.length() == 1 && !Character.isWhitespace(src.text().charAt(0))) {
          assertThat(src.text().charAt(0)).as("text char %d of %s", i, text).isEqualTo(text.charAt(i));
        }
      }
    }
    assertThat(doc.attribute(ENGINE).result().text()).isEqualTo(text);
  }
}
