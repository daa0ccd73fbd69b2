package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import org.junit.jupiter.api.Test;

class HtmlDocumentTest {
  private static final QuoteAttributor ENGINE = QuoteAttributor.create();

  @Test
  void extractsTextKeepingStructureAndDroppingFurniture() {
    HtmlDocument doc = HtmlDocument.parse(Fixtures.read("harbour.html"));

    assertThat(doc.title()).isEqualTo("Harbour plan approved");
    assertThat(doc.text()).isEqualTo("""
        Harbour plan wins approval

        “We will rebuild the harbour,” said Ana Ruiz, the council leader.

        Critics were unmoved. “This plan costs too much and helps too few,” said Tom Okafor, \
        who leads the opposition group.

        “The harbour is the heart of this town, and we will not let it decay.”

        Ruiz later added: “Work starts in spring.”

        Budget: £4m
        Start: April""");
  }

  @Test
  void quoteAcrossInlineTagsIsFoundWholeAndMapsToItsSource() {
    String html = "<p>&ldquo;We <em>will</em> win,&rdquo; she said.</p>";
    HtmlDocument doc = HtmlDocument.parse(html);
    assertThat(doc.text()).isEqualTo("“We will win,” she said.");

    HtmlAttribution found = doc.attribute(ENGINE);

    assertThat(found.result().quotes()).hasSize(1);
    Quote q = found.result().quotes().get(0);
    assertThat(q.spans()).containsExactly(new Span(0, 14, "“We will win,”"));
    assertThat(found.sourceSpans(q))
        .containsExactly(new Span(3, 38, "&ldquo;We <em>will</em> win,&rdquo;"));
    assertThat(doc.sourceOffset(0)).isEqualTo(3);
    assertThat(doc.sourceOffset(1)).isEqualTo(10);
    assertThat(doc.sourceOffset(4)).isEqualTo(17); // "will", inside <em>
    assertThat(doc.sourceOffset(14)).isEqualTo(38); // the space after &rdquo;
    assertThat(doc.sourceOffset(doc.text().length())).isEqualTo(48); // just after the final "."
  }

  @Test
  void everyEntityFormMapsToItsWholeReference() {
    String html = "<p>a&ldquo;b&#8220;c&#x201C;d&nbsp;e&pound;f&amp;g&ampx h&notit; i &bogus; j&#128512;</p>";
    HtmlDocument doc = HtmlDocument.parse(html);

    assertThat(doc.text()).isEqualTo("a“b“c“d e£f&g&x h¬it; i &bogus; j\uD83D\uDE00");
    assertThat(charSource(doc, 1)).isEqualTo("&ldquo;");
    assertThat(charSource(doc, 3)).isEqualTo("&#8220;");
    assertThat(charSource(doc, 5)).isEqualTo("&#x201C;");
    assertThat(charSource(doc, 7)).isEqualTo("&nbsp;");
    assertThat(charSource(doc, 9)).isEqualTo("&pound;");
    assertThat(charSource(doc, 11)).isEqualTo("&amp;");
    assertThat(charSource(doc, 13)).isEqualTo("&amp"); // legacy reference without ';'
    assertThat(charSource(doc, 14)).isEqualTo("x");
    assertThat(charSource(doc, 17)).isEqualTo("&not"); // "&notit;" reads as "¬it;"
    assertThat(charSource(doc, 18)).isEqualTo("i");
    assertThat(charSource(doc, 24)).isEqualTo("&"); // unknown reference stays literal
    assertThat(doc.sourceSpan(33, 35).text()).isEqualTo("&#128512;"); // both surrogates
  }

  @Test
  void qWithoutMarksGetsSyntheticMarksAtTheEdgesOfItsContent() {
    String html = "<p>She said <q>we <q>never</q> stop</q> today.</p>";
    HtmlDocument doc = HtmlDocument.parse(html);

    assertThat(doc.text()).isEqualTo("She said “we ‘never’ stop” today.");
    assertThat(doc.isSynthetic(9)).isTrue();
    assertThat(doc.isSynthetic(10)).isFalse();
    assertThat(doc.sourceSpan(9, 10)).isEqualTo(new Span(15, 15, ""));
    assertThat(doc.sourceSpan(25, 26)).isEqualTo(new Span(35, 35, ""));
    assertThat(doc.sourceSpan(9, 26).text()).isEqualTo("we <q>never</q> stop");
    assertThat(doc.sourceSpan(13, 20)).isEqualTo(new Span(21, 26, "never"));
  }

  @Test
  void qOrBlockquoteWithItsOwnMarksGetsNoneAdded() {
    HtmlDocument doc = HtmlDocument.parse(
        "<blockquote><p>“We won,” she said.</p></blockquote><q>‘Fine,’ he said</q>");

    assertThat(doc.text()).isEqualTo("“We won,” she said.\n\n‘Fine,’ he said");
  }

  @Test
  void blockquoteOfSeveralParagraphsReopensEachOne() {
    String html = "<p>She wrote:</p><blockquote><p>First part.</p><p>Second part.</p></blockquote><p>End.</p>";
    HtmlDocument doc = HtmlDocument.parse(html);

    assertThat(doc.text()).isEqualTo("She wrote:\n\n“First part.\n\n“Second part.”\n\nEnd.");
    assertThat(doc.isSynthetic(12)).isTrue();
    assertThat(doc.sourceSpan(12, 24).text()).isEqualTo("First part.");
    assertThat(doc.isSynthetic(26)).isTrue();
    assertThat(doc.sourceSpan(26, 40))
        .isEqualTo(new Span(html.indexOf("Second"), html.indexOf("</p></blockquote>"), "Second part."));
  }

  @Test
  void breaksForBrListItemsAndHeadings() {
    HtmlDocument doc = HtmlDocument.parse(
        "<h2>Title</h2>one<br>two<br/>  three<ul><li>a</li>\n<li> b </li></ul><table><tr><td>x</td><td>y</td></tr></table>");

    assertThat(doc.text()).isEqualTo("Title\n\none\ntwo\nthree\n\na\nb\n\nx y");
    // An inserted break maps to an empty range where its tag stands.
    assertThat(doc.sourceSpan(10, 11)).isEqualTo(new Span(17, 17, ""));
  }

  @Test
  void dropsScriptsNavCaptionsAndBylines() {
    HtmlDocument doc = HtmlDocument.parse("""
        <script>x = "“a,” b";</script><style>p{}</style><nav>Menu</nav>
        <div class="byline">By Jo Lee</div><span itemprop="author">Kim Park</span>
        <p>Kept <a rel="author" href="/k">Kim Park</a> text.</p><p id="post-author-box">Bio</p>
        <figure><figcaption>Caption</figcaption></figure><p class="authority">Authority stays.</p>""");

    assertThat(doc.text()).isEqualTo("Kept text.\n\nAuthority stays.");
  }

  @Test
  void carriageReturnsInTheSourceStillMap() {
    String html = "<p>one\r\ntwo &amp;\r\nthree</p>";
    HtmlDocument doc = HtmlDocument.parse(html);

    assertThat(doc.text()).isEqualTo("one two & three");
    assertThat(charSource(doc, 8)).isEqualTo("&amp;");
    assertThat(doc.sourceSpan(10, 15).text()).isEqualTo("three");
  }

  @Test
  void emptyDocumentHasEmptyText() {
    HtmlDocument doc = HtmlDocument.parse("");

    assertThat(doc.text()).isEmpty();
    assertThat(doc.sourceOffset(0)).isZero();
    assertThat(doc.attribute(ENGINE).result().quotes()).isEmpty();
  }

  @Test
  void badArgumentsFailFastWithAMessage() {
    HtmlDocument doc = HtmlDocument.parse("<p>abc</p>");

    assertThatThrownBy(() -> doc.sourceOffset(4))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("length 3");
    assertThatThrownBy(() -> doc.sourceSpan(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> HtmlDocument.parse(null)).isInstanceOf(NullPointerException.class);
  }

  private static String charSource(HtmlDocument doc, int textOffset) {
    return doc.sourceSpan(textOffset, textOffset + 1).text();
  }
}
