package dev.verbatim.cli;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import dev.verbatim.html.HtmlDocument;
import dev.verbatim.html.report.ArticleSummary;
import dev.verbatim.html.report.ReportWriter;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The CLI's bridge to verbatim-html: {@code --input html} parsing and {@code --format html} reports.
 * Stateless and thread-safe.
 */
final class HtmlInput {
  static final String INDEX = "index.html";
  private static final ReportWriter REPORTS = new ReportWriter();

  private HtmlInput() {}

  /** How inputs are read. */
  enum Kind {
    TEXT, HTML;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Accepts {@code text} or {@code html}, in any case. */
  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      for (Kind k : Kind.values()) {
        if (k.name().equalsIgnoreCase(value)) {
          return k;
        }
      }
      throw new TypeConversionException("'" + value + "' is not an input kind; use text or html");
    }
  }

  /**
   * One input's analysis: the result on the text the engine saw, the page title when the input was
   * HTML, and the map from text spans to HTML source spans ({@code null} for plain text).
   */
  record Analysis(AttributionResult result, String title, @Nullable UnaryOperator<Span> source) {}

  /** The text the engine should see: the HTML's readable text, or the input itself. */
  static Analysis analyse(QuoteAttributor engine, String input, Kind kind, String name) {
    if (kind == Kind.TEXT) {
      return new Analysis(engine.attribute(input), name, null);
    }
    HtmlDocument doc = HtmlDocument.parse(input);
    String title = doc.title().isEmpty() ? name : doc.title();
    return new Analysis(engine.attribute(doc.text()), title, doc::sourceSpan);
  }

  static String report(Analysis a) {
    return REPORTS.article(a.title(), a.result());
  }

  /** A summary for the index, linking to the report's place below {@code dir}. */
  static ArticleSummary summary(Analysis a, Path dir, Input input) {
    Path page = ResultSink.resultPath(dir, input, OutputFormat.HTML);
    StringBuilder href = new StringBuilder();
    for (Path part : dir.relativize(page)) {
      href.append(href.length() == 0 ? "" : "/")
          .append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return ArticleSummary.of(a.title(), href.toString(), a.result());
  }

  /** Writes {@code dir/index.html} linking every report. */
  static void writeIndex(Path dir, List<ArticleSummary> articles) throws IOException {
    AtomicFiles.write(dir.resolve(INDEX), REPORTS.index("Quote reports", articles));
  }
}
