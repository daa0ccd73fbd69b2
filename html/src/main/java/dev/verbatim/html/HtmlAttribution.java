package dev.verbatim.html;

import static java.util.Objects.requireNonNull;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.util.List;

/**
 * What the engine found in an {@link HtmlDocument}: the result, whose offsets are into {@link
 * HtmlDocument#text()}, and helpers that map them into the HTML source.
 *
 * <p>A source span runs from the first character's source to the last one's, so it may cut across
 * elements ({@code “We <em>win</em>”} is whole, but a quote ending inside an {@code <em>} leaves it
 * open); a CMS that wraps spans in a tag should close and re-open such elements at the edges.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param document the parsed HTML
 * @param result the attribution, with offsets into {@code document.text()}
 */
public record HtmlAttribution(HtmlDocument document, AttributionResult result) {
  public HtmlAttribution {
    requireNonNull(document, "document");
    requireNonNull(result, "result");
    if (!result.text().equals(document.text())) {
      throw new IllegalArgumentException("result was not computed on this document's text");
    }
  }

  /** The HTML source span of a span of the extracted text. */
  public Span source(Span textSpan) {
    return document.sourceSpan(textSpan);
  }

  /** The HTML source spans of a quote's pieces, in order. */
  public List<Span> sourceSpans(Quote quote) {
    return quote.spans().stream().map(document::sourceSpan).toList();
  }
}
