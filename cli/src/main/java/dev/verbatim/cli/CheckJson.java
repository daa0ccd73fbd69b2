package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.verbatim.Span;
import dev.verbatim.check.CheckClass;
import dev.verbatim.check.CheckReport;
import dev.verbatim.check.ContextRisk;
import dev.verbatim.check.Difference;
import dev.verbatim.check.Passage;
import dev.verbatim.check.QuoteCheck;
import dev.verbatim.check.SourceText;
import dev.verbatim.check.Timing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link CheckReport} as JSON with Jackson's streaming generator: every quote with its class,
 * its spans into the article, and each passage, difference and risk with spans into its source
 * ({@code [start, end)} UTF-16 offsets, as everywhere in Verbatim). Immutable and thread-safe.
 */
final class CheckJson {
  private final JsonFactory factory = JsonFactory.builder().build();

  String toJson(String article, CheckReport r) {
    StringWriter sw = new StringWriter(1024);
    try (JsonGenerator g = factory.createGenerator(sw)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("article", article);
      g.writeNumberField("threshold", r.threshold());
      g.writeArrayFieldStart("sources");
      for (SourceText s : r.sources()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("format", s.format().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("quotes");
      for (QuoteCheck c : r.checks()) {
        quote(g, c);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      for (CheckClass k : CheckClass.values()) {
        g.writeNumberField(k.name(), r.count(k));
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return sw.append('\n').toString();
  }

  private static void quote(JsonGenerator g, QuoteCheck c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("quote", c.quote());
    g.writeStringField("kind", c.kind().jsonName());
    g.writeFieldName("spans");
    ranges(g, c.article());
    g.writeStringField("text", c.text());
    g.writeStringField("speaker", c.speaker());
    g.writeStringField("match", c.match().name());
    g.writeArrayFieldStart("classes");
    for (CheckClass k : c.classes()) {
      g.writeString(k.name());
    }
    g.writeEndArray();
    g.writeNumberField("similarity", Math.round(c.similarity() * 10000) / 10000.0);
    g.writeArrayFieldStart("passages");
    for (Passage p : c.passages()) {
      g.writeStartObject();
      g.writeNumberField("source", p.source());
      g.writeStringField("sourceName", p.sourceName());
      span(g, "span", p.span());
      g.writeFieldName("article");
      ranges(g, p.article());
      g.writeStringField("speaker", p.speaker());
      g.writeBooleanField("anonymousSpeaker", p.anonymousSpeaker());
      g.writeFieldName("timing");
      Timing t = p.timing();
      if (t == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeStringField("start", Timing.format(t.startMillis()));
        g.writeStringField("end", Timing.format(t.endMillis()));
        g.writeEndObject();
      }
      g.writeNumberField("similarity", Math.round(p.similarity() * 10000) / 10000.0);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("differences");
    for (Difference d : c.differences()) {
      g.writeStartObject();
      g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("passage", d.passage());
      span(g, "article", d.article());
      span(g, "source", d.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("risks");
    for (ContextRisk k : c.risks()) {
      g.writeStartObject();
      g.writeNumberField("passage", k.passage());
      g.writeStringField("where", k.where().name().toLowerCase(Locale.ROOT));
      span(g, "cue", k.cue());
      g.writeStringField("phrase", k.phrase());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code "name": {"start", "end", "text"}}. */
  private static void span(JsonGenerator g, String name, Span s) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static void ranges(JsonGenerator g, List<Span> spans) throws IOException {
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
