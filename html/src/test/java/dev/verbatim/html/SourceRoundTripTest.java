package dev.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a CMS does with the source spans: wrap each quote piece in a marker element without parsing
 * again. Re-parsed, each marker must still show exactly the quote text (synthetic marks aside, which
 * the {@code <q>} or {@code <blockquote>} around the marker stands for).
 */
class SourceRoundTripTest {
  private static final QuoteAttributor ENGINE =
      QuoteAttributor.builder().reportNonSpeech(true).build();

  private record Insert(int pos, String tag, boolean open, int start, int end) {}

  @ParameterizedTest
  @ValueSource(strings = {"harbour.html", "broken.html"})
  void markersAtMappedPositionsStillHoldTheQuoteText(String fixture) {
    String html = Fixtures.read(fixture);
    HtmlAttribution found = HtmlDocument.parse(html).attribute(ENGINE);
    List<Quote> quotes = found.result().quotes();
    assertThat(quotes).hasSizeGreaterThanOrEqualTo(3);

    List<Insert> inserts = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Quote q : quotes) {
      for (int p = 0; p < q.spans().size(); p++) {
        Span src = found.source(q.spans().get(p));
        String id = "q" + q.index() + "-" + p;
        inserts.add(new Insert(src.start(), "<mark id=\"" + id + "\">", true, src.start(), src.end()));
        inserts.add(new Insert(src.end(), "</mark>", false, src.start(), src.end()));
        expected.add(id + "=" + shown(found.document(), q.spans().get(p)));
      }
    }
    // Same position: closers before openers; outer openers first, inner closers first.
    inserts.sort(Comparator.comparingInt(Insert::pos)
        .thenComparing(i -> i.open())
        .thenComparingInt(i -> i.open() ? -i.end() : -i.start()));
    StringBuilder marked = new StringBuilder();
    int at = 0;
    for (Insert i : inserts) {
      marked.append(html, at, i.pos()).append(i.tag());
      at = i.pos();
    }
    marked.append(html.substring(at));

    Document reparsed = Jsoup.parse(marked.toString());
    List<String> actual = new ArrayList<>();
    for (Element mark : reparsed.select("mark")) {
      actual.add(mark.id() + "=" + mark.text());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    // The markers change nothing else: the page reads the same.
    assertThat(HtmlDocument.parse(marked.toString()).text()).isEqualTo(found.document().text());
  }

  /** What a reader sees of a text span: its characters from the source, white space collapsed. */
  private static String shown(HtmlDocument doc, Span span) {
    StringBuilder sb = new StringBuilder();
    for (int i = span.start(); i < span.end(); i++) {
      if (!doc.isSynthetic(i)) {
        sb.append(doc.text().charAt(i));
      }
    }
    return sb.toString().replaceAll("\\s+", " ").strip();
  }
}
