package dev.verbatim.check;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds hand-made attribution results, as the rules module would, for checker tests. */
final class Articles {
  private final String text;
  private final List<Quote> quotes = new ArrayList<>();
  private final Map<String, List<Span>> entities = new LinkedHashMap<>();

  private Articles(String text) {
    this.text = text;
  }

  static Articles of(String text) {
    return new Articles(text);
  }

  /** A quote whose single span is the unique occurrence of {@code quoted}, said by {@code who}. */
  Articles quote(QuoteKind kind, String quoted, String who) {
    return quote(kind, List.of(quoted), who);
  }

  Articles quote(QuoteKind kind, List<String> pieces, String who) {
    List<Span> spans = new ArrayList<>();
    for (String p : pieces) {
      spans.add(span(p));
    }
    Speaker speaker = null;
    if (who != null) {
      Span mention = span(who);
      List<Span> mentions = entities.computeIfAbsent(who, k -> new ArrayList<>());
      if (!mentions.contains(mention)) {
        mentions.add(mention);
      }
      speaker = new Speaker(mention, new ArrayList<>(entities.keySet()).indexOf(who));
    }
    quotes.add(new Quote(quotes.size(), kind, spans, null, null, speaker, 0.9, "test", false));
    return this;
  }

  Span span(String piece) {
    int at = text.indexOf(piece);
    if (at < 0 || text.indexOf(piece, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in the article: " + piece);
    }
    return Span.of(text, at, at + piece.length());
  }

  AttributionResult build() {
    List<Entity> list = new ArrayList<>();
    int id = 0;
    for (Map.Entry<String, List<Span>> e : entities.entrySet()) {
      list.add(new Entity(id++, e.getKey(), EntityType.PERSON, e.getValue()));
    }
    return new AttributionResult(text, quotes, list);
  }
}
