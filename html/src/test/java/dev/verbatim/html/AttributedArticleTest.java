package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the English rules on the test class path: speakers and cues map into the HTML too. */
class AttributedArticleTest {
  private static final QuoteAttributor ENGINE = QuoteAttributor.create();

  @Test
  void speakersOfHtmlQuotesMapBackToTheirMentions() {
    assertThat(ENGINE.hasAttributionRules()).as("verbatim-rules on the test class path").isTrue();
    String html = "<p>&ldquo;We <em>will</em> win,&rdquo; said <a href=\"/ana\">Ana Ruiz</a>.</p>"
        + "<p><q>Not this year,</q> replied Tom&nbsp;Okafor.</p>";
    HtmlAttribution found = HtmlDocument.parse(html).attribute(ENGINE);
    assertThat(found.document().text())
        .isEqualTo("“We will win,” said Ana Ruiz.\n\n“Not this year,” replied Tom Okafor.");

    List<Quote> quotes = found.result().quotes();
    assertThat(quotes).hasSize(2);
    Quote first = quotes.get(0);
    assertThat(first.speaker().mention()).isEqualTo(new Span(20, 28, "Ana Ruiz"));
    assertThat(first.cue()).isEqualTo(new Span(15, 19, "said"));
    assertThat(found.source(first.speaker().mention()))
        .isEqualTo(new Span(html.indexOf("Ana Ruiz"), html.indexOf("Ana Ruiz") + 8, "Ana Ruiz"));
    assertThat(found.source(first.cue()).text()).isEqualTo("said");

    Quote second = quotes.get(1);
    assertThat(second.spans()).containsExactly(new Span(31, 47, "“Not this year,”"));
    assertThat(found.sourceSpans(second)).extracting(Span::text).containsExactly("Not this year,");
    assertThat(found.source(second.speaker().mention()).text()).isEqualTo("Tom&nbsp;Okafor");

    Entity ana = found.result().expectSpeakerOf(first);
    Entity tom = found.result().expectSpeakerOf(second);
    assertThat(ana.name()).isEqualTo("Ana Ruiz");
    assertThat(tom.name()).isEqualTo("Tom Okafor");
  }

  @Test
  void harbourArticleAttributesItsUnambiguousQuotes() {
    HtmlAttribution found = HtmlDocument.parse(Fixtures.read("harbour.html")).attribute(ENGINE);

    // The blockquote follows Okafor's quote with no cue of its own: it goes on with that quote.
    assertThat(found.result().quotes())
        .filteredOn(q -> q.cue() != null)
        .extracting(q -> q.text() + " <- " + found.result().expectSpeakerOf(q).name())
        .containsExactly(
            "“We will rebuild the harbour,” <- Ana Ruiz",
            "“This plan costs too much and helps too few,” “The harbour is the heart of this"
                + " town, and we will not let it decay.” <- Tom Okafor",
            "“Work starts in spring.” <- Ana Ruiz");
    assertThat(found.result().quotes()).hasSize(3);
  }
}
