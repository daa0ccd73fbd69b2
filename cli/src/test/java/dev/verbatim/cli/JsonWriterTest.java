package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private static final String TEXT = "Lena Ortiz said: “Fix the “old” roads,” and she meant it.";

  private static AttributionResult result() {
    int qs = TEXT.indexOf('“');
    int qe = TEXT.indexOf("and") - 1;
    int is = TEXT.indexOf("“old”");
    Span cue = Span.of(TEXT, 11, 15);
    Span name = Span.of(TEXT, 0, 10);
    Span she = Span.of(TEXT, TEXT.indexOf("she"), TEXT.indexOf("she") + 3);
    Quote outer = new Quote(0, QuoteKind.DIRECT, List.of(Span.of(TEXT, qs, qe)), null, cue,
        new Speaker(name, 0), 0.75, "colon-cue", false);
    Quote inner = new Quote(1, QuoteKind.NON_SPEECH, List.of(Span.of(TEXT, is, is + 5)), 0, null,
        null, 0.5, "detect.non-speech", true);
    Entity lena = new Entity(0, "Lena Ortiz", EntityType.PERSON, List.of(name, she));
    return new AttributionResult(TEXT, List.of(outer, inner), List.of(lena));
  }

  @Test
  void compactJsonFollowsTheContractFieldByFieldInOrder() {
    String json = new JsonWriter().toJson("news/a.txt", result(), false);
    assertThat(json).isEqualTo("{\"document\":\"news/a.txt\",\"quotes\":["
        + "{\"kind\":\"direct\",\"spans\":[[17,39]],\"text\":\"“Fix the “old” roads,”\","
        + "\"parent\":null,\"cue\":{\"start\":11,\"end\":15,\"text\":\"said\"},"
        + "\"speaker\":{\"start\":0,\"end\":10,\"text\":\"Lena Ortiz\",\"entity\":0},"
        + "\"confidence\":0.75,\"rule\":\"colon-cue\",\"unclosed\":false},"
        + "{\"kind\":\"non-speech\",\"spans\":[[26,31]],\"text\":\"“old”\",\"parent\":0,"
        + "\"cue\":null,\"speaker\":null,\"confidence\":0.5,\"rule\":\"detect.non-speech\","
        + "\"unclosed\":true}],"
        + "\"entities\":[{\"id\":0,\"name\":\"Lena Ortiz\",\"type\":\"person\","
        + "\"mentions\":[[0,10],[44,47]]}]}");
  }

  @Test
  void prettyJsonHasTheSameContentOverSeveralLines() throws Exception {
    JsonWriter w = new JsonWriter();
    String pretty = w.toJson("a.txt", result(), true);
    String compact = w.toJson("a.txt", result(), false);
    assertThat(pretty).contains("\n").startsWith("{\n  \"document\": \"a.txt\",");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(mapper.readTree(pretty)).isEqualTo(mapper.readTree(compact));
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    String text = "a\"b\\c\td";
    AttributionResult r = new AttributionResult(text, List.of(new Quote(0, QuoteKind.DIRECT,
        List.of(Span.of(text, 0, text.length())), null, null, null, 1.0, "r", false)), List.of());
    assertThat(new JsonWriter().toJson("x\"y", r, false))
        .contains("\"document\":\"x\\\"y\"")
        .contains("\"text\":\"a\\\"b\\\\c\\td\"");
  }
}
