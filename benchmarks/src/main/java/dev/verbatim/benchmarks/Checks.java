package dev.verbatim.benchmarks;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import java.util.List;

/**
 * Checks, before any timing, that the engine really finds the quotes in a corpus, so a broken engine
 * cannot look fast: at least 90% of the gold direct quotes must be matched (the predicted quotes
 * overlapping a gold quote, taken together, cover it with Jaccard at least 0.5), and the number of
 * quotes must be plausible. Stateless.
 */
final class Checks {
  static final double MIN_DIRECT_RECALL = 0.9;

  private Checks() {}

  /** Returns the total number of quotes found; throws {@link IllegalStateException} on a failure. */
  static long verify(QuoteAttributor engine, Corpus corpus) {
    long quotes = 0;
    long gold = 0;
    long found = 0;
    long relations = 0;
    boolean anyMark = false;
    for (Corpus.Doc d : corpus.docs) {
      AttributionResult r = engine.attribute(d.text());
      List<Quote> qs = r.quotes().stream().filter(q -> q.kind() != QuoteKind.NON_SPEECH).toList();
      quotes += qs.size();
      relations += d.relations();
      anyMark |= d.text().indexOf('"') >= 0 || d.text().indexOf('\u201C') >= 0;
      for (int[][] g : d.direct()) {
        gold++;
        if (matched(qs, g)) {
          found++;
        }
      }
    }
    String where = "on corpus " + corpus.name + ": ";
    if (gold > 0 && found < MIN_DIRECT_RECALL * gold) {
      throw new IllegalStateException(where + "the engine matched only " + found + " of " + gold
          + " gold direct quotes; it is broken, so its speed means nothing");
    }
    if (anyMark && quotes == 0) {
      throw new IllegalStateException(where + "the engine found no quote in a text with quote marks");
    }
    if (relations > 0 && quotes > 3 * relations + 10) {
      throw new IllegalStateException(where + "the engine found " + quotes + " quotes for "
          + relations + " gold relations; it is broken, so its speed means nothing");
    }
    return quotes;
  }

  private static boolean matched(List<Quote> qs, int[][] gold) {
    int gs = gold[0][0];
    int ge = gold[gold.length - 1][1];
    long goldLen = 0;
    for (int[] p : gold) {
      goldLen += p[1] - p[0];
    }
    long inter = 0;
    long predLen = 0;
    for (int i = firstEndingAfter(qs, gs); i < qs.size() && qs.get(i).start() < ge; i++) {
      Quote q = qs.get(i);
      if (q.end() <= gs || q.parent() != null) {
        continue;
      }
      for (Span s : q.spans()) {
        predLen += s.length();
        for (int[] p : gold) {
          inter += Math.max(0, Math.min(s.end(), p[1]) - Math.max(s.start(), p[0]));
        }
      }
    }
    return inter > 0 && inter >= 0.5 * (goldLen + predLen - inter);
  }

  /** A lower bound on the first quote that may end after {@code offset} (quotes sorted by start). */
  private static int firstEndingAfter(List<Quote> qs, int offset) {
    int lo = 0;
    int hi = qs.size();
    int target = offset - 20_000; // no quote in a news text is longer than this
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (qs.get(mid).start() < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
