package dev.verbatim.reliability;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.List;

/**
 * Asserts every structural promise of an {@link AttributionResult}, in the spirit of Lucene's {@code
 * checkRandomData}: call it on whatever the engine returned for whatever input, and it fails with a
 * message naming the first broken invariant. Checks nothing about whether the attribution is right,
 * only that it is well formed. Some points (confidence range, non-empty spans) are also enforced by
 * the records' constructors; they are checked here too, so the promise stays tested if the records
 * change. Stateless and thread-safe.
 */
public final class ResultInvariants {
  private ResultInvariants() {}

  /**
   * Runs {@code attributor} twice on {@code input}, checks the first result and that the second equals
   * it (determinism). Returns the result.
   */
  public static AttributionResult attributeAndCheck(QuoteAttributor attributor, String input) {
    AttributionResult first = attributor.attribute(input);
    check(input, first);
    AttributionResult again = attributor.attribute(input);
    if (!first.equals(again)) {
      throw new AssertionError("attribute is not deterministic for " + describe(input));
    }
    return first;
  }

  /** Asserts all invariants of {@code r}, the result for {@code input}. */
  public static void check(String input, AttributionResult r) {
    if (r == null) {
      throw new AssertionError("null result for " + describe(input));
    }
    if (!input.equals(r.text())) {
      throw new AssertionError("result text differs from the input " + describe(input));
    }
    List<Quote> quotes = r.quotes();
    List<Entity> entities = r.entities();
    for (int k = 0; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      String where = "quote " + k;
      require(q.index() == k, where + " has index " + q.index());
      require(q.confidence() >= 0 && q.confidence() <= 1,
          where + " has confidence " + q.confidence());
      List<Span> spans = q.spans();
      require(!spans.isEmpty(), where + " has no span");
      for (int i = 0; i < spans.size(); i++) {
        checkSpan(input, spans.get(i), where + " span " + i);
        if (i > 0) {
          require(spans.get(i - 1).end() <= spans.get(i).start(),
              where + " spans " + (i - 1) + " and " + i + " overlap or are out of order: " + spans);
        }
      }
      require(q.text().equals(joined(spans)), where + " text() is not its spans' text");
      if (k > 0) {
        require(quotes.get(k - 1).start() <= q.start(), where + " starts before quote " + (k - 1));
      }
      Integer parent = q.parent();
      if (parent != null) {
        require(parent >= 0 && parent < k, where + " has parent " + parent
            + ", which is not an earlier quote");
        Quote p = quotes.get(parent);
        require(p.start() <= q.start() && q.end() <= p.end(), where + " [" + q.start() + ", "
            + q.end() + ") is not inside its parent [" + p.start() + ", " + p.end() + ")");
      }
      if (q.cue() != null) {
        checkSpan(input, q.cue(), where + " cue");
      }
      Speaker s = q.speaker();
      if (s != null) {
        checkSpan(input, s.mention(), where + " speaker");
        require(s.entity() >= 0 && s.entity() < entities.size(),
            where + " names entity " + s.entity() + " of " + entities.size());
        require(q.entity() != null && q.entity() == s.entity(), where + " entity() mismatch");
      } else {
        require(q.entity() == null, where + " has an entity but no speaker");
      }
    }
    for (int id = 0; id < entities.size(); id++) {
      Entity e = entities.get(id);
      String where = "entity " + id;
      require(e.id() == id, where + " has id " + e.id());
      require(!e.mentions().isEmpty(), where + " has no mention");
      for (int i = 0; i < e.mentions().size(); i++) {
        checkSpan(input, e.mentions().get(i), where + " mention " + i);
        if (i > 0) {
          require(e.mentions().get(i - 1).start() <= e.mentions().get(i).start(),
              where + " mentions are not in text order");
        }
      }
    }
  }

  private static void checkSpan(String input, Span s, String where) {
    require(s != null, where + " is null");
    int n = input.length();
    require(0 <= s.start() && s.start() <= s.end() && s.end() <= n,
        where + " [" + s.start() + ", " + s.end() + ") is outside a text of length " + n);
    require(s.text().length() == s.end() - s.start()
            && input.regionMatches(s.start(), s.text(), 0, s.text().length()),
        where + " text is not input.substring(" + s.start() + ", " + s.end() + ")");
  }

  private static String joined(List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.text());
    }
    return sb.toString();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }

  /** A short, escaped description of an input for failure messages. */
  static String describe(String input) {
    StringBuilder sb = new StringBuilder("input of length ").append(input.length()).append(": \"");
    int limit = Math.min(input.length(), 200);
    for (int i = 0; i < limit; i++) {
      char c = input.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04X", (int) c));
      }
    }
    return sb.append(input.length() > limit ? "...\"" : "\"").toString();
  }
}
