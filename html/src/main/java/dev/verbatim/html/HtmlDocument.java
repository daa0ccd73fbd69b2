package dev.verbatim.html;

import static java.util.Objects.requireNonNull;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * An article's HTML, its readable text, and the map from every text offset back to the HTML source.
 *
 * <pre>{@code
 * HtmlDocument doc = HtmlDocument.parse(html);
 * HtmlAttribution found = doc.attribute(attributor);      // offsets into doc.text()
 * Span where = found.source(found.result().quotes().get(0).spans().get(0)); // into html
 * }</pre>
 *
 * <p><b>The text.</b> Paragraph-like blocks ({@code <p>}, headings, {@code <div>}, {@code
 * <blockquote>}, lists, tables) are separated by a blank line; {@code <br>}, {@code <li>} and table
 * rows by a line break; table cells by a space. Other white space collapses to one space, and {@code
 * &nbsp;} counts as white space. Entities are decoded. Dropped with their content: {@code <head>},
 * scripts and styles, {@code <nav>}, {@code <figcaption>}, form controls, embedded media, and bylines
 * (elements whose {@code class}, {@code id}, {@code rel} or {@code itemprop} names a byline or an
 * author).
 *
 * <p><b>Quotation elements.</b> A {@code <q>} or {@code <blockquote>} whose text does not begin with
 * a quote mark of its own gets synthetic marks in the text: {@code “ ”}, or {@code ‘ ’} inside
 * another quotation, so the engine finds the quotation like any other. Having no source, the marks map
 * to empty ranges at the edges of the element's content: a quote's source span then runs from its
 * first to its last content character and nests inside the element, so wrapping it in a tag keeps the
 * HTML well-formed. A blockquote of several paragraphs re-opens its mark at each one, as news copy
 * does. {@link #isSynthetic(int)} tells these marks, and inserted breaks and spaces, from source text.
 *
 * <p><b>Offsets.</b> Text offsets are UTF-16 indices into {@link #text()}; source offsets are UTF-16
 * indices into {@link #html()}, the string given to {@link #parse(String)}, untouched. Inserted breaks
 * and spaces map to an empty range where the tag that caused them stands. The map is monotone.
 *
 * <p>Immutable and thread-safe. No method returns null.
 */
public final class HtmlDocument {
  private final String html;
  private final String text;
  private final String title;
  private final int[] starts;
  private final int[] ends;

  private HtmlDocument(String html, String text, String title, int[] starts, int[] ends) {
    this.html = html;
    this.text = text;
    this.title = title;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Parses article HTML, a full page or a fragment. Never throws on content: unclosed tags, stray
   * {@code <} and unknown entities are read the way a browser reads them.
   *
   * @throws NullPointerException if {@code html} is null
   */
  public static HtmlDocument parse(String html) {
    requireNonNull(html, "html must not be null; pass \"\" for an empty document");
    Document dom = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    TextExtractor extractor = new TextExtractor(html);
    NodeTraversor.filter(extractor, dom);
    TextBuilder out = extractor.output();
    return new HtmlDocument(html, out.text(), dom.title().strip(), out.starts(), out.ends());
  }

  /** The HTML source, exactly as parsed. */
  public String html() {
    return html;
  }

  /** The readable text that attribution runs on. */
  public String text() {
    return text;
  }

  /** The page's {@code <title>}, trimmed; empty when there is none. */
  public String title() {
    return title;
  }

  /**
   * The source position of text offset {@code textOffset}: where the character at that offset starts
   * in the HTML, or, for {@code text().length()}, where the last character's source ends.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= textOffset <= text().length()}
   */
  public int sourceOffset(int textOffset) {
    checkOffset(textOffset);
    if (textOffset < starts.length) {
      return starts[textOffset];
    }
    return starts.length == 0 ? 0 : ends[starts.length - 1];
  }

  /**
   * Whether the character at {@code textOffset} has no source of its own: a synthetic quote mark, or a
   * break or space inserted for a tag.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= textOffset < text().length()}
   */
  public boolean isSynthetic(int textOffset) {
    if (textOffset < 0 || textOffset >= starts.length) {
      throw new IndexOutOfBoundsException(
          "text offset " + textOffset + " is outside a text of length " + text.length());
    }
    return starts[textOffset] == ends[textOffset];
  }

  /**
   * The source span of the text span {@code [start, end)}: from where its first character starts in
   * the HTML to where its last one ends, so the closing {@code ;} of an entity is included. An empty text span maps to an empty source span.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= text().length()}
   */
  public Span sourceSpan(int start, int end) {
    checkOffset(start);
    checkOffset(end);
    if (end < start) {
      throw new IndexOutOfBoundsException("text span [" + start + ", " + end + ") ends before it starts");
    }
    int s = sourceOffset(start);
    int e = end == start ? s : Math.max(s, ends[end - 1]);
    return Span.of(html, s, e);
  }

  /** The source span of a span of {@link #text()}; see {@link #sourceSpan(int, int)}. */
  public Span sourceSpan(Span textSpan) {
    return sourceSpan(textSpan.start(), textSpan.end());
  }

  /**
   * Runs {@code attributor} on {@link #text()}.
   *
   * @throws IllegalArgumentException if the text is longer than the attributor accepts
   */
  public HtmlAttribution attribute(QuoteAttributor attributor) {
    requireNonNull(attributor, "attributor");
    AttributionResult result = attributor.attribute(text);
    return new HtmlAttribution(this, result);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "text offset " + offset + " is outside a text of length " + text.length());
    }
  }
}
