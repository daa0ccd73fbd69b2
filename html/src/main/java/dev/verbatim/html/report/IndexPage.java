package dev.verbatim.html.report;

import dev.verbatim.EntityType;
import dev.verbatim.html.report.ArticleSummary.SpeakerCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus index: a link to each article's report, and the speakers across the corpus, merged by
 * name (ignoring case) and type. Stateless.
 */
final class IndexPage {
  private IndexPage() {}

  private static final class Total {
    final String name;
    final EntityType type;
    int articles;
    int quotes;
    int mentions;

    Total(String name, EntityType type) {
      this.name = name;
      this.type = type;
    }
  }

  static void append(StringBuilder sb, String title, List<ArticleSummary> articles) {
    int quotes = articles.stream().mapToInt(ArticleSummary::quotes).sum();
    List<Total> speakers = totals(articles);
    sb.append("<header class=\"top\"><h1>").append(Html.escape(title)).append("</h1>\n")
        .append("<p class=\"summary\">").append(ReportWriter.plural(articles.size(), "article"))
        .append(", ").append(ReportWriter.plural(quotes, "quote")).append(", ")
        .append(ReportWriter.plural(speakers.size(), "speaker")).append(".</p></header>\n")
        .append("<main class=\"index\">\n<h2>Articles</h2>\n<table class=\"articles\">\n")
        .append("<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Quotes</th>")
        .append("<th scope=\"col\">Attributed</th><th scope=\"col\">Speakers</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ArticleSummary a : articles) {
      sb.append("<tr><td><a href=\"").append(Html.escape(a.href())).append("\">")
          .append(Html.escape(a.title())).append("</a></td><td class=\"num\">").append(a.quotes())
          .append("</td><td class=\"num\">").append(a.attributed()).append("</td><td>");
      String sep = "";
      for (SpeakerCount s : a.speakers()) {
        sb.append(sep).append(Html.escape(s.name()));
        sep = ", ";
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n<h2>Speakers across the corpus</h2>\n");
    if (speakers.isEmpty()) {
      sb.append("<p>No speakers found.</p>\n</main>\n");
      return;
    }
    sb.append("<table class=\"corpus-speakers\">\n<thead><tr><th scope=\"col\">Speaker</th>")
        .append("<th scope=\"col\">Type</th><th scope=\"col\">Articles</th>")
        .append("<th scope=\"col\">Quotes</th><th scope=\"col\">Mentions</th></tr></thead>\n<tbody>\n");
    for (Total t : speakers) {
      sb.append("<tr><td>").append(Html.escape(t.name)).append("</td><td>").append(t.type.jsonName())
          .append("</td><td class=\"num\">").append(t.articles).append("</td><td class=\"num\">")
          .append(t.quotes).append("</td><td class=\"num\">").append(t.mentions).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</main>\n");
  }

  /** Speakers merged across articles, most quoted first, then by name. */
  private static List<Total> totals(List<ArticleSummary> articles) {
    Map<String, Total> byKey = new LinkedHashMap<>();
    for (ArticleSummary a : articles) {
      for (SpeakerCount s : a.speakers()) {
        String key = s.name().toLowerCase(Locale.ROOT) + '\u0000' + s.type();
        Total t = byKey.computeIfAbsent(key, k -> new Total(s.name(), s.type()));
        t.articles++;
        t.quotes += s.quotes();
        t.mentions += s.mentions();
      }
    }
    List<Total> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.<Total>comparingInt(t -> -t.quotes)
        .thenComparing(t -> t.name.toLowerCase(Locale.ROOT)));
    return out;
  }
}
