package dev.verbatim.check;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link CheckReport} as a plain-text summary, one block per quote and a closing count.
 * Stateless and thread-safe.
 */
public final class TextReport {
  private TextReport() {}

  /** The summary, lines ending in {@code \n}. */
  public static String render(CheckReport r) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (QuoteCheck c : r.checks()) {
      n++;
      sb.append(String.format(Locale.ROOT, "[%d] %s  %s%n", n, classes(c), clip(c.text(), 90)));
      sb.append(String.format(Locale.ROOT, "    article %d-%d, attributed to %s%n",
          c.article().get(0).start(), c.article().get(c.article().size() - 1).end(),
          c.speaker() == null ? "nobody" : c.speaker()));
      if (c.passages().isEmpty()) {
        sb.append(String.format(Locale.ROOT,
            "    no passage reaches the threshold %.2f (best similarity %.2f)%n",
            r.threshold(), c.similarity()));
      }
      for (Passage p : c.passages()) {
        sb.append(String.format(Locale.ROOT, "    source %s %d-%d%s%s, similarity %.2f: %s%n",
            p.sourceName(), p.span().start(), p.span().end(),
            p.speaker() == null ? "" : ", speaker " + p.speaker(),
            p.timing() == null ? "" : ", " + p.timing(), p.similarity(),
            clip(p.span().text(), 80)));
      }
      for (Difference d : c.differences()) {
        sb.append("    ").append(d.kind().name().toLowerCase(Locale.ROOT)).append(": ");
        switch (d.kind()) {
          case ELISION -> sb.append('"').append(d.article().text()).append("\" leaves out \"")
              .append(clip(d.source().text(), 60)).append('"');
          case INSERTION -> sb.append('"').append(d.article().text()).append("\" stands for \"")
              .append(d.source().text()).append('"');
          case CHANGED -> sb.append('"').append(d.source().text()).append("\" -> \"")
              .append(d.article().text()).append('"');
          case ADDED -> sb.append('"').append(d.article().text()).append('"');
          case DROPPED -> sb.append('"').append(d.source().text()).append('"');
        }
        sb.append('\n');
      }
      for (ContextRisk k : c.risks()) {
        sb.append("    risk: \"").append(k.cue().text()).append("\" ")
            .append(k.where().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .append(" the passage\n");
      }
    }
    return sb.append(summary(r)).append('\n').toString();
  }

  /** The closing line: how many quotes, against how many sources, and the count of each class. */
  public static String summary(CheckReport r) {
    StringBuilder sb = new StringBuilder();
    Map<CheckClass, Long> counts = new EnumMap<>(CheckClass.class);
    for (CheckClass k : CheckClass.values()) {
      if (r.count(k) > 0) {
        counts.put(k, r.count(k));
      }
    }
    sb.append(r.checks().size()).append(r.checks().size() == 1 ? " quote" : " quotes")
        .append(" checked against ").append(r.sources().size())
        .append(r.sources().size() == 1 ? " source" : " sources")
        .append(counts.isEmpty() ? "" : ": ")
        .append(counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", ")));
    return sb.toString();
  }

  static String classes(QuoteCheck c) {
    return c.classes().stream().map(Enum::name).collect(Collectors.joining("+"));
  }

  private static String clip(String s, int max) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > max ? t.substring(0, max - 1) + "\u2026" : t;
  }
}
