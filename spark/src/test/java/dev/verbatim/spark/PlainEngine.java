package dev.verbatim.spark;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The reference side of the Spark tests: what the plain single-threaded Java engine says about the
 * same articles, written straight from the public API (not through {@link QuoteRows}), and the
 * Spark tables read back into the same line format so the two compare row for row.
 */
final class PlainEngine {
  private PlainEngine() {}

  /** One line per quote of every article: id, index, kind, spans, text, cue, speaker, entity, confidence. */
  static List<String> quoteLines(List<ArticleGenerator.Article> articles) {
    QuoteAttributor engine = QuoteAttributor.create();
    List<String> lines = new ArrayList<>();
    for (ArticleGenerator.Article a : articles) {
      if (a.text() == null) {
        continue;
      }
      AttributionResult r = engine.attribute(a.text());
      for (Quote q : r.quotes()) {
        Entity e = r.speakerOf(q);
        lines.add(line(a.id(), q.index(), q.kind().jsonName(), spansJson(q.spans()), q.text(),
            q.cue(), q.speaker() == null ? null : q.speaker().mention(),
            e == null ? null : e.name(), e == null ? null : e.type().jsonName(), q.confidence()));
      }
    }
    return lines;
  }

  /** One line per speaker: name, type, quote count, sorted article ids. */
  static List<String> speakerLines(List<ArticleGenerator.Article> articles) {
    QuoteAttributor engine = QuoteAttributor.create();
    Map<String, List<String>> byEntity = new TreeMap<>();
    for (ArticleGenerator.Article a : articles) {
      if (a.text() == null) {
        continue;
      }
      AttributionResult r = engine.attribute(a.text());
      for (Quote q : r.quotes()) {
        Entity e = r.speakerOf(q);
        if (e != null) {
          byEntity.computeIfAbsent(e.name() + "|" + e.type().jsonName(), k -> new ArrayList<>())
              .add(a.id());
        }
      }
    }
    return byEntity.entrySet().stream()
        .map(en -> en.getKey() + "|" + en.getValue().size() + "|" + new TreeSet<>(en.getValue()))
        .sorted().collect(Collectors.toList());
  }

  /** The quotes table read back as {@link #quoteLines} lines, sorted. */
  static List<String> quoteLines(Dataset<Row> quotesTable) {
    return quotesTable.selectExpr("article_id", "quote_index", "kind", "to_json(spans)", "text",
            "cue.start", "cue.end", "cue.text", "speaker.start", "speaker.end", "speaker.text",
            "entity_name", "entity_type", "confidence")
        .collectAsList().stream()
        .map(r -> line(r.getString(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
            span(r, 5), span(r, 8), r.getString(11), r.getString(12), r.getDouble(13)))
        .sorted().collect(Collectors.toList());
  }

  /** The speakers table read back as {@link #speakerLines} lines, sorted. */
  static List<String> speakerLines(Dataset<Row> speakersTable) {
    return speakersTable.collectAsList().stream().map(r -> {
      List<String> ids = r.getList(4);
      if (r.getLong(3) != ids.size()) {
        throw new AssertionError("article_count " + r.getLong(3) + " != " + ids.size() + " ids");
      }
      return r.getString(0) + "|" + r.getString(1) + "|" + r.getLong(2) + "|" + new TreeSet<>(ids);
    }).sorted().collect(Collectors.toList());
  }

  private static Span span(Row r, int i) {
    return r.isNullAt(i) ? null : new Span(r.getInt(i), r.getInt(i + 1), r.getString(i + 2));
  }

  private static String spansJson(List<Span> spans) {
    return spans.stream().map(s -> "[" + s.start() + "," + s.end() + "]")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static String line(String id, int index, String kind, String spans, String text, Span cue,
      Span speaker, String entityName, String entityType, double confidence) {
    return String.join("|", id, String.format("%03d", index), kind, spans, text, String.valueOf(cue),
        String.valueOf(speaker), String.valueOf(entityName), String.valueOf(entityType),
        Double.toString(confidence));
  }
}
