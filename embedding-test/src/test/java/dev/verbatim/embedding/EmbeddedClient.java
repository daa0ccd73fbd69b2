package dev.verbatim.embedding;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The code an embedding application would write, packaged by {@link ClientJar} into a jar of its own
 * that is both an OSGi bundle importing {@code dev.verbatim} and an automatic JPMS module. It touches
 * only the exported API and {@code java.*}, and answers in plain strings so the test, which sees
 * neither container's classes, can read the result.
 *
 * <p>Must stay a single class file: no inner or anonymous classes (lambdas are fine).
 */
public final class EmbeddedClient implements Function<String, List<String>> {
  /** First line: whether rules were found; then one line per quote: kind, spans, speaker entity. */
  @Override
  public List<String> apply(String text) {
    QuoteAttributor attributor = QuoteAttributor.builder().build();
    AttributionResult result = attributor.attribute(text);
    List<String> lines = new ArrayList<>();
    lines.add("rules=" + attributor.hasAttributionRules());
    for (Quote q : result.quotes()) {
      StringBuilder sb = new StringBuilder(q.kind().name());
      for (Span s : q.spans()) {
        sb.append(" [").append(s.start()).append(',').append(s.end()).append(")=").append(s.text());
      }
      Entity speaker = result.speakerOf(q);
      sb.append(" speaker=").append(speaker == null ? "-" : speaker.name() + "/" + speaker.type());
      lines.add(sb.toString());
    }
    return lines;
  }
}
