package dev.verbatim.check;

import dev.verbatim.Span;
import java.util.List;

/**
 * Turns an alignment's word operations into {@link Difference}s: each run of changed, added and
 * dropped words becomes one difference, each ellipsis or insertion its own. Stateless.
 */
final class Differences {
  private Differences() {}

  static void collect(String article, QuoteWords q, Corpus c, Aligner.Alignment a, int passage,
      List<Difference> out) {
    byte[] op = a.op();
    int src = c.source[a.sourceFrom() < c.size() ? a.sourceFrom() : c.size() - 1];
    int k = 0;
    while (k < op.length) {
      if (op[k] == Aligner.MATCH) {
        k++;
        continue;
      }
      if (op[k] == Aligner.WILD) {
        int qi = a.opQuote()[k];
        out.add(new Difference(q.kind[qi] == Tokens.ELLIPSIS ? Difference.Kind.ELISION
            : Difference.Kind.INSERTION, passage, Span.of(article, q.start[qi], q.end[qi]),
            source(c, src, a.opFrom()[k], a.opTo()[k])));
        k++;
        continue;
      }
      int end = k;
      int qFrom = -1;
      int qTo = -1;
      int sFrom = -1;
      int sTo = -1;
      while (end < op.length && op[end] != Aligner.MATCH && op[end] != Aligner.WILD) {
        if (op[end] != Aligner.DROP) {
          qFrom = qFrom < 0 ? a.opQuote()[end] : qFrom;
          qTo = a.opQuote()[end] + 1;
        }
        if (op[end] != Aligner.ADD) {
          sFrom = sFrom < 0 ? a.opFrom()[end] : sFrom;
          sTo = a.opTo()[end];
        }
        end++;
      }
      Difference.Kind kind = qFrom < 0 ? Difference.Kind.DROPPED
          : sFrom < 0 ? Difference.Kind.ADDED : Difference.Kind.CHANGED;
      Span art;
      if (qFrom >= 0) {
        art = Span.of(article, q.start[qFrom], q.end[qTo - 1]);
      } else {
        int next = a.opQuote()[k];
        int at = next < q.size() ? q.start[next] : q.end[q.size() - 1];
        art = Span.of(article, at, at);
      }
      Span at = sFrom >= 0 ? source(c, src, sFrom, sTo)
          : source(c, src, a.opFrom()[k], a.opFrom()[k]);
      out.add(new Difference(kind, passage, art, at));
      k = end;
    }
  }

  /** The source span of corpus words {@code [from, to)}; empty at the place when there are none. */
  private static Span source(Corpus c, int src, int from, int to) {
    String text = c.sources.get(src).text();
    if (to > from) {
      return Span.of(text, c.start[from], c.end[to - 1]);
    }
    // Empty: just before the next word of this source, or just after its last one.
    int at = from < c.sourceEnd(src) ? c.start[from] : c.end[from - 1];
    return Span.of(text, at, at);
  }
}
