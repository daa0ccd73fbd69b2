package dev.verbatim.html.report;

import static java.util.Objects.requireNonNull;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the visual report: one self-contained HTML page per article (inline CSS and script, no
 * external assets, nothing fetched), and an index page for a corpus.
 *
 * <p>The article page shows the analysed text with each quote highlighted in its speaker's colour
 * (nested quotes framed inside their parent), speaker mentions underlined, a side panel that lists
 * each speaker with quote and mention counts and filters the highlights to one speaker on click, a
 * legend, and a table of every quote. Hovering or focusing a quote (each is a tab stop) shows its
 * kind, speaker mention, entity, cue, confidence and rule. Printing keeps the colours and numbers
 * each quote to match the table.
 *
 * <p>Immutable and thread-safe; pages are built in per-call objects.
 */
public final class ReportWriter {
  static final String CSS = resource("report.css");
  static final String JS = resource("report.js");

  /** A writer; it holds no state, so one can be shared. */
  public ReportWriter() {}

  /**
   * The report page for one article.
   *
   * @param title the page heading, e.g. the article's title or file name
   * @param result what the engine found; its text is what the page shows
   */
  public String article(String title, AttributionResult result) {
    requireNonNull(title, "title");
    requireNonNull(result, "result");
    StringBuilder sb = new StringBuilder(result.text().length() * 3 + CSS.length() + 8192);
    head(sb, "Quotes \u2014 " + title, speakerStyles(result));
    int attributed = (int) result.quotes().stream().filter(q -> q.speaker() != null).count();
    sb.append("<header class=\"top\"><h1>").append(Html.escape(title)).append("</h1>\n")
        .append("<p class=\"summary\">").append(plural(result.quotes().size(), "quote"))
        .append(", ").append(attributed).append(" attributed, ")
        .append(plural(result.entities().size(), "speaker")).append(".</p></header>\n")
        .append("<div class=\"layout\">\n<main>\n<div id=\"article\" class=\"article\">")
        .append(Highlighter.render(result)).append("</div>\n");
    QuoteTable.append(sb, result);
    sb.append("</main>\n");
    panel(sb, result);
    sb.append("</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n").append(JS)
        .append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The index page linking each article's report, with a table of speakers across the corpus. */
  public String index(String title, List<ArticleSummary> articles) {
    requireNonNull(title, "title");
    StringBuilder sb = new StringBuilder(8192);
    head(sb, title, "");
    IndexPage.append(sb, title, List.copyOf(articles));
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void head(StringBuilder sb, String title, String extraCss) {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Verbatim\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append(extraCss)
        .append("</style>\n</head>\n<body>\n");
  }

  /** One rule per speaker setting the colour variables that highlights, mentions and swatches use. */
  private static String speakerStyles(AttributionResult result) {
    StringBuilder sb = new StringBuilder(".s-none { --hl: " + Palette.NONE.highlight()
        + "; --ink: " + Palette.NONE.ink() + "; }\n");
    for (int i = 0; i < 2; i++) { // the legend's examples
      sb.append(".demo").append(i).append(" { --hl: ").append(Palette.of(i).highlight())
          .append("; --ink: ").append(Palette.of(i).ink()).append("; }\n");
    }
    for (Entity e : result.entities()) {
      Palette.Colour c = Palette.of(e.id());
      sb.append(".s").append(e.id()).append(" { --hl: ").append(c.highlight()).append("; --ink: ")
          .append(c.ink()).append("; }\n");
    }
    return sb.toString();
  }

  private static void panel(StringBuilder sb, AttributionResult result) {
    sb.append("<aside class=\"panel\" aria-label=\"Speakers and legend\">\n<h2>Speakers</h2>\n")
        .append("<p class=\"hint\">Select a speaker to show only their quotes.</p>\n")
        .append("<ul class=\"speakers\">\n");
    for (Entity e : result.entities()) {
      speaker(sb, "s" + e.id(), Integer.toString(e.id()), e.name(), e.type().jsonName(),
          result.quotesBy(e).size(), e.mentions().size());
    }
    long none = result.quotes().stream().filter(q -> q.speaker() == null).count();
    if (none > 0) {
      speaker(sb, "s-none", "none", "No speaker found", "", (int) none, 0);
    }
    sb.append("</ul>\n<button type=\"button\" id=\"clear\" class=\"clear\">Show all speakers</button>\n")
        .append("<p id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
        .append("<h2>Legend</h2>\n<dl class=\"legend\">\n")
        .append("<dt><mark class=\"sample demo0 q\">Colour</mark></dt><dd>the speaker, as listed above; ")
        .append("<mark class=\"sample s-none q\">grey</mark> when none was found</dd>\n")
        .append("<dt><mark class=\"sample demo0 q k-direct\">Plain</mark></dt><dd>direct quote</dd>\n")
        .append("<dt><mark class=\"sample demo0 q k-mixed\">Dashed</mark></dt>")
        .append("<dd>mixed: reported speech with a quoted fragment</dd>\n")
        .append("<dt><mark class=\"sample demo0 q k-indirect\">Dotted</mark></dt>")
        .append("<dd>indirect: reported speech without marks</dd>\n")
        .append("<dt><mark class=\"sample demo0 q\">a <mark class=\"q nested demo1\">framed</mark> one")
        .append("</mark></dt><dd>a quote nested in another</dd>\n")
        .append("<dt><span class=\"mention demo0\">Underlined</span></dt><dd>a speaker mention</dd>\n")
        .append("</dl>\n<p class=\"hint\">Hover over or tab to a quote for its details.</p>\n")
        .append("</aside>\n");
  }

  private static void speaker(StringBuilder sb, String css, String id, String name, String type,
      int quotes, int mentions) {
    sb.append("<li><button type=\"button\" class=\"speaker ").append(css)
        .append("\" aria-pressed=\"false\" data-entity=\"").append(id).append("\" data-label=\"")
        .append(Html.escape(name)).append("\"><span class=\"swatch\" aria-hidden=\"true\"></span>")
        .append("<span class=\"who\"><span class=\"name\">").append(Html.escape(name))
        .append("</span>");
    if (!type.isEmpty()) {
      sb.append("<span class=\"type\">").append(type).append("</span>");
    }
    sb.append("<span class=\"counts\"><span class=\"quote-count\">").append(quotes)
        .append("</span> ").append(quotes == 1 ? "quote" : "quotes");
    if (!id.equals("none")) {
      sb.append(" \u00B7 <span class=\"mention-count\">").append(mentions).append("</span> ")
          .append(mentions == 1 ? "mention" : "mentions");
    }
    sb.append("</span></span></button></li>\n");
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String confidence(Quote q) {
    return String.format(Locale.ROOT, "%.2f", q.confidence());
  }

  private static String resource(String name) {
    try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
