package dev.verbatim.cli;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One predicted quote as the reference scorer sees it: offsets converted from UTF-16 to code points,
 * the speaker reduced to the mentions that may overlap the gold source and a name. Immutable and
 * thread-safe.
 *
 * @param kind the JSON kind ({@code direct}, {@code mixed}, {@code indirect}, {@code non-speech})
 * @param spans the content pieces, in code points
 * @param who the speaker mention and every mention of its entity; empty without a speaker
 * @param name the entity's name (or the mention's text when the name is empty); {@code null}
 *     without a speaker
 * @param rule the rule that decided
 */
record Prediction(String kind, List<CpSpan> spans, List<CpSpan> who, @Nullable String name,
    String rule) {

  /** The engine's result for a document, converted exactly as {@code score.py} converts its JSON. */
  static List<Prediction> from(AttributionResult result) {
    int[] cp = utf16ToCodePoint(result.text());
    Map<Integer, Entity> entities = new HashMap<>();
    for (Entity e : result.entities()) {
      entities.put(e.id(), e); // keyed by the id field, later ones winning, as a dict built from JSON
    }
    List<Prediction> out = new ArrayList<>(result.quotes().size());
    for (Quote q : result.quotes()) {
      List<CpSpan> who = new ArrayList<>();
      String name = null;
      if (q.speaker() != null) {
        who.add(convert(cp, q.speaker().mention()));
        Entity e = entities.get(q.speaker().entity());
        if (e != null) {
          for (Span m : e.mentions()) {
            who.add(convert(cp, m));
          }
        }
        name = e != null && !e.name().isEmpty() ? e.name() : q.speaker().text();
      }
      List<CpSpan> spans = new ArrayList<>(q.spans().size());
      for (Span s : q.spans()) {
        spans.add(convert(cp, s));
      }
      out.add(new Prediction(q.kind().jsonName(), spans, who, name, q.rule()));
    }
    return out;
  }

  /**
   * For each UTF-16 index (and one past the end), the index of the code point it falls in: the
   * reference scorer's {@code utf16_to_cp} table.
   */
  static int[] utf16ToCodePoint(String text) {
    int[] table = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); cp++) {
      int len = Character.charCount(text.codePointAt(i));
      for (int k = 0; k < len; k++) {
        table[i + k] = cp;
      }
      i += len;
    }
    table[text.length()] = cp;
    return table;
  }

  private static CpSpan convert(int[] table, Span s) {
    return new CpSpan(at(table, s.start()), at(table, s.end()));
  }

  private static int at(int[] table, int off) {
    return table[Math.min(Math.max(off, 0), table.length - 1)];
  }
}
