package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Maps an {@link AttributionResult} to the project's JSON contract (one object per document, fields in
 * the contract's order, UTF-16 offsets). Uses Jackson's streaming generator, so no reflection or data
 * binding runs at start-up. Immutable and thread-safe: share one instance.
 *
 * <pre>{"document", "quotes": [{"kind", "spans", "text", "parent", "cue", "speaker", "confidence",
 *   "rule", "unclosed"}], "entities": [{"id", "name", "type", "mentions"}]}</pre>
 *
 * Absent values ({@code parent}, {@code cue}, {@code speaker}) are written as JSON {@code null}.
 */
public final class JsonWriter {
  private final JsonFactory factory = JsonFactory.builder().build();

  /** The document as one JSON object: pretty-printed over several lines, or compact on one line. */
  public String toJson(String document, AttributionResult result, boolean pretty) {
    return toJson(document, result, pretty, null);
  }

  /**
   * As {@link #toJson(String, AttributionResult, boolean)}, and when {@code source} is not null (HTML
   * input), each quote, cue and speaker also gets {@code "source"}: its span(s) in the HTML source.
   */
  public String toJson(String document, AttributionResult result, boolean pretty,
      @Nullable UnaryOperator<Span> source) {
    return render(document, result, pretty, source, false);
  }

  /**
   * As {@link #toJson(String, AttributionResult, boolean, UnaryOperator)} followed by a line break:
   * one record of a {@code json} or {@code jsonl} stream, built in one buffer.
   */
  public String toJsonLine(String document, AttributionResult result, boolean pretty,
      @Nullable UnaryOperator<Span> source) {
    return render(document, result, pretty, source, true);
  }

  private String render(String document, AttributionResult result, boolean pretty,
      @Nullable UnaryOperator<Span> source, boolean newline) {
    StringWriter sw = new StringWriter(256 + result.quotes().size() * 256);
    try (JsonGenerator g = factory.createGenerator(sw)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
      }
      write(g, document, result, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    if (newline) {
      sw.write('\n');
    }
    return sw.toString();
  }

  /** Writes the document object to {@code g}, for callers that stream into their own output. */
  public void write(JsonGenerator g, String document, AttributionResult result) throws IOException {
    write(g, document, result, null);
  }

  private void write(JsonGenerator g, String document, AttributionResult result,
      @Nullable UnaryOperator<Span> source) throws IOException {
    g.writeStartObject();
    g.writeStringField("document", document);
    g.writeArrayFieldStart("quotes");
    for (Quote q : result.quotes()) {
      writeQuote(g, q, source);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : result.entities()) {
      g.writeStartObject();
      g.writeNumberField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().jsonName());
      g.writeFieldName("mentions");
      writeRanges(g, e.mentions());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, Quote q, @Nullable UnaryOperator<Span> source)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", q.kind().jsonName());
    g.writeFieldName("spans");
    writeRanges(g, q.spans());
    if (source != null) {
      g.writeFieldName("source");
      writeRanges(g, q.spans().stream().map(source).toList());
    }
    g.writeStringField("text", q.text());
    g.writeFieldName("parent");
    if (q.parent() == null) {
      g.writeNull();
    } else {
      g.writeNumber(q.parent());
    }
    g.writeFieldName("cue");
    if (q.cue() == null) {
      g.writeNull();
    } else {
      writeSpanFields(g, q.cue());
      writeSource(g, q.cue(), source);
      g.writeEndObject();
    }
    g.writeFieldName("speaker");
    if (q.speaker() == null) {
      g.writeNull();
    } else {
      writeSpanFields(g, q.speaker().mention());
      g.writeNumberField("entity", q.speaker().entity());
      writeSource(g, q.speaker().mention(), source);
      g.writeEndObject();
    }
    g.writeNumberField("confidence", q.confidence());
    g.writeStringField("rule", q.rule());
    g.writeBooleanField("unclosed", q.unclosed());
    g.writeEndObject();
  }

  private static void writeSource(JsonGenerator g, Span s, @Nullable UnaryOperator<Span> source)
      throws IOException {
    if (source != null) {
      Span src = source.apply(s);
      g.writeArrayFieldStart("source");
      g.writeNumber(src.start());
      g.writeNumber(src.end());
      g.writeEndArray();
    }
  }

  /** Opens an object with start, end and text; the caller may add fields, then closes it. */
  private static void writeSpanFields(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
  }

  private static void writeRanges(JsonGenerator g, List<Span> spans) throws IOException {
    g.writeStartArray();
    for (Span s : spans) {
      g.writeStartArray();
      g.writeNumber(s.start());
      g.writeNumber(s.end());
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
