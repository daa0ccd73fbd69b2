package dev.verbatim.html.report;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;

/**
 * The article page's table of every quote: the same details as the pop-up, readable without script
 * and in print, numbered like the highlights. Stateless.
 */
final class QuoteTable {
  private QuoteTable() {}

  static void append(StringBuilder sb, AttributionResult result) {
    sb.append("<section class=\"quote-list\" aria-labelledby=\"all-quotes\">\n")
        .append("<h2 id=\"all-quotes\">All quotes</h2>\n");
    if (result.quotes().isEmpty()) {
      sb.append("<p>No quotes found.</p>\n</section>\n");
      return;
    }
    sb.append("<table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Quote</th>")
        .append("<th scope=\"col\">Kind</th><th scope=\"col\">Speaker</th>")
        .append("<th scope=\"col\">Entity</th><th scope=\"col\">Cue</th>")
        .append("<th scope=\"col\">Confidence</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
    for (Quote q : result.quotes()) {
      Entity e = result.speakerOf(q);
      sb.append("<tr class=\"").append(e == null ? "s-none" : "s" + e.id()).append("\">")
          .append("<td class=\"num\"><a href=\"#q").append(q.index() + 1).append("\">")
          .append(q.index() + 1).append("</a></td><td>").append(Html.escape(q.text()));
      if (q.parent() != null) {
        sb.append(" <small>(inside #").append(q.parent() + 1).append(")</small>");
      }
      sb.append("</td><td>").append(q.kind().jsonName()).append("</td><td>")
          .append(q.speaker() == null ? "\u2014" : Html.escape(q.speaker().text())).append("</td><td>");
      if (e == null) {
        sb.append("\u2014");
      } else {
        sb.append("<span class=\"swatch\" aria-hidden=\"true\"></span> ").append(Html.escape(e.name()))
            .append(" <small>(").append(e.type().jsonName()).append(")</small>");
      }
      sb.append("</td><td>").append(q.cue() == null ? "\u2014" : Html.escape(q.cue().text()))
          .append("</td><td class=\"num\">").append(ReportWriter.confidence(q)).append("</td><td>")
          .append(Html.escape(q.rule())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }
}
