package dev.verbatim.html.report;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes the article text with every quote piece in a {@code <mark>} and every speaker mention in a
 * {@code <span>}. Ranges may nest (a quote inside a quote) or cross (a mention that starts inside a
 * quote and ends after it); crossing elements are closed and re-opened so the markup always nests, and
 * a re-opened piece carries no id or tab stop, so each quote is focused once. Stateless.
 */
final class Highlighter {
  private Highlighter() {}

  /** One element to wrap around {@code [start, end)}; {@code rank} orders equal ranges. */
  private record Item(int start, int end, int rank, String open, String reopen, String close,
      String after) {}

  static String render(AttributionResult result) {
    List<Item> items = new ArrayList<>();
    for (Quote q : result.quotes()) {
      for (int p = 0; p < q.spans().size(); p++) {
        Span s = q.spans().get(p);
        boolean last = p == q.spans().size() - 1;
        items.add(new Item(s.start(), s.end(), q.index(), quoteTag(result, q, p == 0, true),
            quoteTag(result, q, false, false), "</mark>",
            last ? "<sup class=\"ref\" aria-hidden=\"true\">" + (q.index() + 1) + "</sup>" : ""));
      }
    }
    for (Entity e : result.entities()) {
      String title = Html.escape(e.name() + " (" + e.type().jsonName() + ")");
      String tag = "<span class=\"mention s" + e.id() + "\" data-entity=\"" + e.id()
          + "\" title=\"" + title + "\">";
      for (Span m : e.mentions()) {
        items.add(new Item(m.start(), m.end(), Integer.MAX_VALUE, tag, tag, "</span>", ""));
      }
    }
    items.removeIf(i -> i.end() <= i.start());
    items.sort(Comparator.comparingInt(Item::start).thenComparing(Comparator.comparingInt(Item::end)
        .reversed()).thenComparingInt(Item::rank));
    return nest(result.text(), items);
  }

  private static String nest(String text, List<Item> items) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Item i : items) {
      cuts.add(i.start());
      cuts.add(i.end());
    }
    cuts.add(text.length());
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Item> stack = new ArrayList<>();
    int next = 0;
    int pos = 0;
    for (int cut : cuts) {
      out.append(Html.escape(text.substring(pos, cut)));
      pos = cut;
      // Close everything down to the deepest element that ends here; re-open the survivors.
      int lowest = stack.size();
      for (int k = stack.size() - 1; k >= 0; k--) {
        if (stack.get(k).end() <= cut) {
          lowest = k;
        }
      }
      List<Item> reopen = new ArrayList<>();
      while (stack.size() > lowest) {
        Item top = stack.remove(stack.size() - 1);
        out.append(top.close());
        if (top.end() > cut) {
          reopen.add(0, top);
        } else {
          out.append(top.after());
        }
      }
      for (Item r : reopen) {
        out.append(r.reopen());
        stack.add(r);
      }
      while (next < items.size() && items.get(next).start() == cut) {
        Item i = items.get(next++);
        out.append(i.open());
        stack.add(i);
      }
    }
    return out.toString();
  }

  private static String quoteTag(AttributionResult r, Quote q, boolean first, boolean tabStop) {
    Entity e = r.speakerOf(q);
    String kind = q.kind().jsonName();
    StringBuilder sb = new StringBuilder("<mark class=\"q k-").append(kind)
        .append(e == null ? " s-none" : " s" + e.id()).append(q.parent() != null ? " nested" : "")
        .append(tabStop ? "" : " cont").append('"');
    if (first) {
      sb.append(" id=\"q").append(q.index() + 1).append('"');
    }
    if (tabStop) {
      sb.append(" tabindex=\"0\" aria-describedby=\"tip\"");
    }
    attr(sb, "data-quote", Integer.toString(q.index() + 1));
    attr(sb, "data-entity", e == null ? "none" : Integer.toString(e.id()));
    attr(sb, "data-kind", kind);
    attr(sb, "data-confidence", String.format(Locale.ROOT, "%.2f", q.confidence()));
    attr(sb, "data-rule", q.rule());
    attr(sb, "data-cue", q.cue() == null ? "" : q.cue().text());
    attr(sb, "data-mention", q.speaker() == null ? "" : q.speaker().text());
    attr(sb, "data-name", e == null ? "" : e.name());
    attr(sb, "data-type", e == null ? "" : e.type().jsonName());
    return sb.append('>').toString();
  }

  private static void attr(StringBuilder sb, String name, String value) {
    sb.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
  }
}
