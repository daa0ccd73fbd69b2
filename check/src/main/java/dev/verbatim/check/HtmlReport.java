package dev.verbatim.check;

import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link CheckReport} as one self-contained HTML page (inline CSS, no scripts or external
 * resources): each quote beside its source passage, with the quote's unmarked changes in {@code
 * <ins>}, the source words it changed or dropped in {@code <del>}, and marked elisions and insertions
 * highlighted on both sides. Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:2em;"
      + "max-width:80em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
      + "td,th{border:1px solid #ccc;padding:.5em;vertical-align:top;text-align:left;width:50%}"
      + "ins{background:#d4f7d4;text-decoration:none}del{background:#ffd6d6}"
      + "mark{background:#fff3b0}.c{font-weight:bold}.VERBATIM{color:#176117}"
      + ".ELIDED{color:#5a5a00}.ALTERED,.NOT_FOUND,.MISATTRIBUTED{color:#a40000}"
      + ".OUT_OF_CONTEXT_RISK{color:#a35a00}small{color:#555}";

  private record Mark(int start, int end, String tag) {}

  private HtmlReport() {}

  /** The page, as a complete HTML5 document. */
  public static String render(CheckReport r) {
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Verbatim quote check</title><style>").append(STYLE)
        .append("</style></head><body>\n<h1>Quote check</h1>\n<p>")
        .append(esc(TextReport.summary(r))).append(String.format(Locale.ROOT,
            " &middot; similarity threshold %.2f</p>%n", r.threshold()));
    int n = 0;
    for (QuoteCheck c : r.checks()) {
      n++;
      sb.append("<table><tr><th colspan=\"2\">").append(n).append(". ");
      for (CheckClass k : c.classes()) {
        sb.append("<span class=\"c ").append(k.name()).append("\">").append(k.name())
            .append("</span> ");
      }
      sb.append(String.format(Locale.ROOT, "<small>similarity %.2f; attributed to %s</small>",
          c.similarity(), esc(c.speaker() == null ? "nobody" : c.speaker())));
      sb.append("</th></tr>\n<tr><td>").append(articleSide(r.article(), c)).append("</td><td>");
      if (c.passages().isEmpty()) {
        sb.append("<small>no passage in the sources reaches the threshold</small>");
      }
      for (int p = 0; p < c.passages().size(); p++) {
        sb.append(sourceSide(r, c, p));
      }
      sb.append("</td></tr>\n");
      for (ContextRisk k : c.risks()) {
        sb.append("<tr><td colspan=\"2\"><small>context risk: <mark>").append(esc(k.cue().text()))
            .append("</mark> ").append(k.where().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" the passage</small></td></tr>\n");
      }
      sb.append("</table>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  private static String articleSide(String article, QuoteCheck c) {
    StringBuilder sb = new StringBuilder();
    for (Span s : c.article()) {
      List<Mark> marks = new ArrayList<>();
      for (Difference d : c.differences()) {
        if (d.article().length() > 0 && s.contains(d.article())) {
          String tag = d.kind().marked() ? "mark" : d.kind() == Difference.Kind.DROPPED ? null
              : "ins";
          if (tag != null) {
            marks.add(new Mark(d.article().start(), d.article().end(), tag));
          }
        }
      }
      sb.append(sb.length() == 0 ? "" : " &hellip; ")
          .append(marked(article, s.start(), s.end(), marks));
    }
    return sb.toString();
  }

  private static String sourceSide(CheckReport r, QuoteCheck c, int p) {
    Passage passage = c.passages().get(p);
    String text = r.sources().get(passage.source()).text();
    List<Mark> marks = new ArrayList<>();
    for (Difference d : c.differences()) {
      if (d.passage() == p && d.source().length() > 0) {
        marks.add(new Mark(d.source().start(), d.source().end(),
            d.kind().marked() ? "mark" : d.kind() == Difference.Kind.ADDED ? null : "del"));
      }
    }
    marks.removeIf(m -> m.tag() == null);
    StringBuilder sb = new StringBuilder("<div><small>").append(esc(passage.sourceName()));
    if (passage.speaker() != null) {
      sb.append(" &middot; ").append(esc(passage.speaker()));
    }
    if (passage.timing() != null) {
      sb.append(" &middot; ").append(passage.timing());
    }
    return sb.append("</small><br>")
        .append(marked(text, passage.span().start(), passage.span().end(), marks))
        .append("</div>").toString();
  }

  /** {@code text[from, to)} escaped, with each mark's range wrapped in its tag. */
  private static String marked(String text, int from, int to, List<Mark> marks) {
    marks.sort(Comparator.comparingInt(Mark::start));
    StringBuilder sb = new StringBuilder();
    int at = from;
    for (Mark m : marks) {
      if (m.start() < at || m.end() > to) {
        continue; // overlapping or outside: leave unmarked rather than nest tags wrongly
      }
      sb.append(esc(text.substring(at, m.start()))).append('<').append(m.tag()).append('>')
          .append(esc(text.substring(m.start(), m.end()))).append("</").append(m.tag())
          .append('>');
      at = m.end();
    }
    return sb.append(esc(text.substring(at, to))).toString();
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("<br>");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }
}
