package dev.verbatim.check;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks what to check in an article: every top-level direct quote, and the quote-marked fragments of
 * every mixed quote. A direct quote nested in another direct quote is the speaker quoting somebody
 * else and is left to its parent. Stateless.
 */
final class ArticleTargets {
  /** One thing to check: the article spans, and the quote they belong to. */
  record Target(Quote quote, List<Span> spans) {}

  private ArticleTargets() {}

  static List<Target> of(AttributionResult r) {
    String text = r.text();
    List<Target> out = new ArrayList<>();
    for (Quote q : r.quotes()) {
      if (q.kind() == QuoteKind.MIXED) {
        for (Span s : q.spans()) {
          List<Span> fragments = fragments(text, s);
          if (fragments.isEmpty() && isMarked(s.text())) {
            fragments = List.of(s); // the rules gave the fragment itself as the span
          }
          for (Span f : fragments) {
            // Rules may report nested mixed clauses over the same fragment; check it once.
            if (out.stream().noneMatch(t -> t.spans().get(0).equals(f))) {
              out.add(new Target(q, List.of(f)));
            }
          }
        }
      }
    }
    for (Quote q : r.quotes()) {
      if (q.kind() != QuoteKind.DIRECT) {
        continue;
      }
      Quote parent = q.parent() == null ? null : r.quotes().get(q.parent());
      if (parent != null && parent.kind() == QuoteKind.DIRECT) {
        continue;
      }
      // A direct child of a mixed quote is its fragment; keep it unless already taken from the text.
      boolean taken = out.stream().anyMatch(t -> t.spans().stream()
          .anyMatch(s -> q.spans().stream().anyMatch(s::overlaps)));
      if (!taken) {
        out.add(new Target(q, q.spans()));
      }
    }
    out.sort(Comparator.comparingInt(t -> t.spans().get(0).start()));
    return out;
  }

  /** The spans of {@code s} enclosed in double quote marks (straight or curly), marks included. */
  static List<Span> fragments(String text, Span s) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      boolean straight = c == '"';
      if (open < 0 && (c == '\u201C' || c == '\u201E' || c == '\u00AB' || straight)) {
        open = i;
      } else if (open >= 0 && (c == '\u201D' || c == '\u00BB' || straight)) {
        if (i > open + 1) {
          out.add(Span.of(text, open, i + 1));
        }
        open = -1;
      }
    }
    return out;
  }

  private static boolean isMarked(String t) {
    return !t.isEmpty() && "\"\u201C\u201E\u00AB'\u2018".indexOf(t.charAt(0)) >= 0;
  }
}
