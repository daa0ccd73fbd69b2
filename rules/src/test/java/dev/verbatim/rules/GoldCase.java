package dev.verbatim.rules;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One hand-written gold case from {@code gold-cases.jsonl}: a short news-style text and every speech
 * quote it must yield. Quotes are compared as one-line descriptions (kind, spans with their text, cue,
 * speaker mention, entity name), so a failure reads as a diff of lines. Immutable.
 *
 * @param id unique case id
 * @param covers the issue-3 bullet the case exercises; the report groups by it
 * @param text the input text
 * @param quotes the expected quotes, as descriptions
 * @param spans the expected content spans, start/end pairs per quote (for checking the file)
 * @param raw the expected quotes as parsed from the file
 */
record GoldCase(String id, String covers, String text, List<String> quotes, List<List<long[]>> spans,
    List<Map<String, Object>> raw) {
  static final String RESOURCE = "/dev/verbatim/rules/gold-cases.jsonl";

  /** Loads every case, in file order. */
  static List<GoldCase> load() {
    try (InputStream in = GoldCase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<GoldCase> out = new ArrayList<>();
      int lineNo = 0;
      for (String line : all.split("\n")) {
        lineNo++;
        if (!line.isBlank()) {
          try {
            out.add(of(asMap(MiniJson.parse(line))));
          } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
          }
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GoldCase of(Map<String, Object> json) {
    String text = (String) json.get("text");
    List<String> quotes = new ArrayList<>();
    List<List<long[]>> spans = new ArrayList<>();
    List<Map<String, Object>> raw = new ArrayList<>();
    for (Object o : (List<?>) json.get("quotes")) {
      Map<String, Object> q = asMap(o);
      List<long[]> pairs = new ArrayList<>();
      for (Object p : (List<?>) q.get("spans")) {
        List<?> pair = (List<?>) p;
        pairs.add(new long[] {(Long) pair.get(0), (Long) pair.get(1)});
      }
      quotes.add(describe(text, (String) q.get("kind"), pairs, (String) q.get("cue"),
          (String) q.get("speaker"), (String) q.get("entity")));
      spans.add(List.copyOf(pairs));
      raw.add(q);
    }
    return new GoldCase((String) json.get("id"), (String) json.get("covers"), text,
        List.copyOf(quotes), List.copyOf(spans), List.copyOf(raw));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  /** The speech quotes (direct, mixed, indirect) of {@code result}, described like the expected ones. */
  static List<String> actual(AttributionResult result) {
    List<String> out = new ArrayList<>();
    for (Quote q : result.quotes()) {
      if (q.kind() == QuoteKind.NON_SPEECH) {
        continue;
      }
      List<long[]> pairs = new ArrayList<>();
      for (Span s : q.spans()) {
        pairs.add(new long[] {s.start(), s.end()});
      }
      Entity e = result.speakerOf(q);
      out.add(describe(result.text(), q.kind().jsonName(), pairs,
          q.cue() == null ? null : q.cue().text(),
          q.speaker() == null ? null : q.speaker().text(), e == null ? null : e.name()));
    }
    return out;
  }

  /** {@code direct [12,40) “…” | cue said | speaker Ms. Ruiz | entity Ana Ruiz}. */
  static String describe(String text, String kind, List<long[]> spans, @Nullable String cue,
      @Nullable String speaker, @Nullable String entity) {
    StringBuilder sb = new StringBuilder(kind);
    for (long[] s : spans) {
      boolean inside = 0 <= s[0] && s[0] <= s[1] && s[1] <= text.length();
      sb.append(" [").append(s[0]).append(',').append(s[1]).append(") ")
          .append(inside ? text.substring((int) s[0], (int) s[1]) : "<outside the text>");
    }
    return sb.append(" | cue ").append(cue).append(" | speaker ").append(speaker)
        .append(" | entity ").append(entity).toString();
  }

  /** The lines that differ: expected but missing ({@code -}), returned but not expected ({@code +}). */
  String diff(List<String> actual) {
    List<String> missing = new ArrayList<>(quotes);
    List<String> extra = new ArrayList<>();
    for (String a : actual) {
      if (!missing.remove(a)) {
        extra.add(a);
      }
    }
    StringBuilder sb = new StringBuilder();
    missing.forEach(m -> sb.append("\n  - ").append(m));
    extra.forEach(x -> sb.append("\n  + ").append(x));
    return sb.toString();
  }

  @Override
  public String toString() {
    return id;
  }
}
