package dev.verbatim.html.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Speaker;
import dev.verbatim.Span;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static final String TEXT =
      "“We said ‘never’ and we meant it,” Ana Ruiz said. Tom Okafor said the plan was dead.";

  /** A nested direct quote, an indirect one, and a mention that crosses a quote's end. */
  static AttributionResult sample() {
    Span outer = Span.of(TEXT, 0, 34);
    Span inner = Span.of(TEXT, 9, 16);
    Span ana = Span.of(TEXT, 35, 43);
    Span said = Span.of(TEXT, 44, 48);
    Span tom = Span.of(TEXT, 50, 60);
    Span indirect = Span.of(TEXT, 66, 83);
    Entity e0 = new Entity(0, "Ana Ruiz", EntityType.PERSON, List.of(ana));
    Entity e1 = new Entity(1, "Tom Okafor", EntityType.PERSON, List.of(tom, Span.of(TEXT, 28, 40)));
    return new AttributionResult(TEXT, List.of(
        new Quote(0, QuoteKind.DIRECT, List.of(outer), null, said, new Speaker(ana, 0), 0.95,
            "quote-then-cue", false),
        new Quote(1, QuoteKind.DIRECT, List.of(inner), 0, null, null, 0.5, "detect.marks", false),
        new Quote(2, QuoteKind.INDIRECT, List.of(indirect), null, Span.of(TEXT, 61, 65),
            new Speaker(tom, 1), 0.8, "cue-then-clause", false)),
        List.of(e0, e1));
  }

  @Test
  void articlePageHighlightsEachQuoteInItsSpeakersColour() {
    String page = new ReportWriter().article("Sample <story>", sample());
    Document doc = Jsoup.parse(page);

    assertThat(doc.title()).isEqualTo("Quotes — Sample <story>");
    doc.select("#article .ref").remove(); // print-only quote numbers
    assertThat(doc.select("#article").text()).isEqualTo(TEXT);
    Element q1 = doc.selectFirst("#article mark#q1");
    assertThat(q1.classNames()).contains("q", "k-direct", "s0");
    assertThat(q1.attr("tabindex")).isEqualTo("0");
    assertThat(q1.dataset()).containsEntry("cue", "said").containsEntry("mention", "Ana Ruiz")
        .containsEntry("name", "Ana Ruiz").containsEntry("type", "person")
        .containsEntry("confidence", "0.95").containsEntry("rule", "quote-then-cue")
        .containsEntry("kind", "direct").containsEntry("entity", "0");
    // The nested quote sits inside its parent and has no speaker.
    Element q2 = doc.selectFirst("#article mark#q1 mark#q2");
    assertThat(q2.text()).isEqualTo("‘never’");
    assertThat(q2.classNames()).contains("nested", "s-none");
    assertThat(doc.selectFirst("#article mark#q3").classNames()).contains("k-indirect", "s1");
    // The colours come from per-speaker rules.
    assertThat(page).contains(".s0 { --hl: " + Palette.of(0).highlight())
        .contains(".s1 { --hl: " + Palette.of(1).highlight());
  }

  @Test
  void crossingRangesAreSplitSoTheMarkupNests() {
    Document doc = Jsoup.parse(new ReportWriter().article("t", sample()));
    doc.select("#article .ref").remove();

    // Tom's odd mention [28, 40) starts inside quote 1 and ends inside Ana's mention: both split.
    assertThat(doc.select("#article .mention.s1")).extracting(Element::text)
        .containsExactly("t it,”", "Ana R", "Tom Okafor");
    assertThat(doc.select("#article .mention.s0")).extracting(Element::text)
        .containsExactly("Ana R", "uiz");
    assertThat(doc.select("#article mark#q1").text()).isEqualTo(TEXT.substring(0, 34));
    assertThat(doc.select("#article mark.q[tabindex]")).hasSize(3);
  }

  @Test
  void panelCountsQuotesAndMentionsPerSpeaker() {
    Document doc = Jsoup.parse(new ReportWriter().article("t", sample()));

    assertThat(doc.select("button.speaker")).extracting(b -> b.attr("data-entity") + ":"
        + b.selectFirst(".name").text() + ":" + b.selectFirst(".quote-count").text() + ":"
        + (b.selectFirst(".mention-count") == null ? "-" : b.selectFirst(".mention-count").text()))
        .containsExactly("0:Ana Ruiz:1:1", "1:Tom Okafor:1:2", "none:No speaker found:1:-");
    assertThat(doc.select(".quote-list tbody tr")).hasSize(3);
    assertThat(doc.select(".legend")).hasSize(1);
  }

  @Test
  void pageIsSelfContained() {
    String page = new ReportWriter().article("t", sample());
    Document doc = Jsoup.parse(page);

    assertThat(doc.select("[src], link, iframe, img, object, embed")).isEmpty();
    assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
    assertThat(page).doesNotContain("http:").doesNotContain("https:").doesNotContain("@import")
        .doesNotContain("url(").doesNotContain("fetch(").doesNotContain("XMLHttpRequest");
    assertThat(page).contains("@media print");
  }

  @Test
  void emptyResultStillMakesAPage() {
    Document doc = Jsoup.parse(new ReportWriter().article("Empty", new AttributionResult("", List.of(), List.of())));

    assertThat(doc.select("#article mark")).isEmpty();
    assertThat(doc.select(".quote-list").text()).contains("No quotes found.");
  }

  @Test
  void indexLinksArticlesAndMergesSpeakersAcrossThem() {
    ArticleSummary a = ArticleSummary.of("First <one>", "a/first.html", sample());
    ArticleSummary b = new ArticleSummary("Second", "second.html", 3, 3, List.of(
        new ArticleSummary.SpeakerCount("ana ruiz", EntityType.PERSON, 3, 4),
        new ArticleSummary.SpeakerCount("Harbour Board", EntityType.ORGANIZATION, 0, 1)));
    Document doc = Jsoup.parse(new ReportWriter().index("Corpus", List.of(a, b)));

    assertThat(doc.select("table.articles a")).extracting(e -> e.attr("href") + "=" + e.text())
        .containsExactly("a/first.html=First <one>", "second.html=Second");
    assertThat(doc.select("table.corpus-speakers tbody tr")).extracting(Element::text)
        .containsExactly("Ana Ruiz person 2 4 5", "Tom Okafor person 1 1 2",
            "Harbour Board organization 1 0 1");
    assertThat(doc.select(".summary").text()).isEqualTo("2 articles, 6 quotes, 3 speakers.");
  }
}
