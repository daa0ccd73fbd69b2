package dev.verbatim.html;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks a position-tracked jsoup tree and writes its readable text into a {@link TextBuilder}: block
 * elements become paragraph breaks, {@code <br>} and list items line breaks, page furniture and
 * bylines are dropped, and {@code <q>}/{@code <blockquote>} without marks of their own get synthetic
 * marks, mapped to empty ranges at the edges of their content. Not thread-safe: one per extraction.
 */
final class TextExtractor implements NodeFilter {
  private static final Set<String> DROPPED = Set.of("head", "script", "style", "noscript",
      "template", "nav", "figcaption", "svg", "math", "iframe", "object", "embed", "canvas", "button",
      "select", "textarea", "video", "audio");
  private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "ul", "ol", "dl", "table", "section", "article", "header", "footer", "aside",
      "figure", "pre", "address", "hr", "main", "form", "fieldset", "details", "summary", "center",
      "hgroup", "caption");
  private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd");
  private static final Set<String> CELLS = Set.of("td", "th");
  /** Containers never dropped as bylines, even when their class mentions an author. */
  private static final Set<String> CONTAINERS = Set.of("#root", "html", "body", "main", "article");
  private static final Pattern BYLINE =
      Pattern.compile("(?i)(?:^|.*[-_ ])(?:byline|author)s?(?:[-_ ].*|$)");
  private static final String MARKS = "\"'\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B"
      + "\u00AB\u00BB\u2039\u203A\u300C\u300E";

  private final String html;
  private final TextBuilder out = new TextBuilder();
  /** The open quotation elements, innermost first. */
  private final ArrayDeque<Frame> quotes = new ArrayDeque<>();
  private int preDepth;

  private static final class Frame {
    final Element element;
    final boolean block;
    final char open;
    final char close;
    boolean started;

    Frame(Element element, boolean block, boolean nested) {
      this.element = element;
      this.block = block;
      this.open = nested ? '\u2018' : '\u201C';
      this.close = nested ? '\u2019' : '\u201D';
    }
  }

  TextExtractor(String html) {
    this.html = html;
  }

  TextBuilder output() {
    return out;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      text(t);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE; // comments, doctype, script data
    }
    String tag = e.normalName();
    if (DROPPED.contains(tag) || isByline(e, tag)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    int start = startOf(e);
    boundary(tag, start);
    if (tag.equals("pre")) {
      preDepth++;
    }
    if ((tag.equals("q") || tag.equals("blockquote")) && needsMarks(e)) {
      quotes.push(new Frame(e, tag.equals("blockquote"), quotes.size() % 2 == 1));
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    Frame f = quotes.peek();
    Range end = e.endSourceRange();
    boolean hasEndTag = end.isTracked() && end.endPos() > end.startPos();
    if (f != null && f.element == e) {
      quotes.pop();
      if (f.started) {
        out.appendClosing(f.close, out.lastEnd(), out.lastEnd());
      }
    }
    String tag = e.normalName();
    if (tag.equals("pre")) {
      preDepth--;
    }
    if (!tag.equals("br")) {
      boundary(tag, hasEndTag ? end.endPos() : out.lastEnd());
    }
    return FilterResult.CONTINUE;
  }

  private void boundary(String tag, int pos) {
    if (PARAGRAPHS.contains(tag)) {
      out.lineBreak(2, pos);
    } else if (LINES.contains(tag)) {
      out.lineBreak(1, pos);
    } else if (CELLS.contains(tag)) {
      out.space(pos, pos);
    }
  }

  private void text(TextNode t) {
    String s = t.getWholeText();
    if (s.isEmpty()) {
      return;
    }
    Range r = t.sourceRange();
    int from = r.isTracked() ? r.startPos() : out.lastEnd();
    int to = r.isTracked() ? r.endPos() : from;
    int[] starts = new int[s.length()];
    int[] ends = new int[s.length()];
    SourceAligner.align(html, from, to, s, starts, ends);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (preDepth > 0) {
        if (c == '\n') {
          out.lineBreak(1, starts[i]);
        } else if (c != '\r') {
          emit(c, starts[i], ends[i]);
        }
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
        out.space(starts[i], ends[i]);
      } else {
        emit(c, starts[i], ends[i]);
      }
    }
  }

  /** A visible character; first opens the quotations it starts, or re-opens one after a paragraph. */
  private void emit(char c, int s, int e) {
    boolean broke = out.breakPending();
    out.flush();
    for (Iterator<Frame> it = quotes.descendingIterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (!f.started) {
        out.append(f.open, s, s);
        f.started = true;
      } else if (broke && f.block && !isNested(f)) {
        out.append(f.open, s, s); // news convention: each paragraph of a long quote re-opens it
      }
    }
    out.append(c, s, e);
  }

  private static boolean isNested(Frame f) {
    return f.open != '\u201C';
  }

  private int startOf(Element e) {
    Range r = e.sourceRange();
    return r.isTracked() ? r.startPos() : out.lastEnd();
  }

  /** Whether a quotation element needs synthetic marks: it has text, and not its own opening mark. */
  private static boolean needsMarks(Element e) {
    String t = e.text().strip();
    return !t.isEmpty() && MARKS.indexOf(t.charAt(0)) < 0;
  }

  private static boolean isByline(Element e, String tag) {
    if (CONTAINERS.contains(tag)) {
      return false;
    }
    return matches(e.attr("rel")) || matches(e.attr("itemprop")) || matches(e.className())
        || matches(e.id());
  }

  private static boolean matches(String value) {
    return !value.isEmpty() && BYLINE.matcher(value).matches();
  }
}
