package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;

/** Helpers for reported clauses: trimming and deciding indirect or mixed. Stateless. */
final class Clauses {
  private Clauses() {}

  /** The last token of sentence {@code s} that belongs to a clause: drops the final stop. */
  static int clauseEnd(TextDocument doc, int s) {
    int end = doc.sentenceEndToken(s);
    while (end > doc.sentenceFirstToken(s) && isTrailing(doc, end - 1)) {
      end--;
    }
    return end;
  }

  private static boolean isTrailing(TextDocument doc, int t) {
    return Words.isPunct(doc, t, '.') || Words.isPunct(doc, t, '!') || Words.isPunct(doc, t, '?')
        || Words.isPunct(doc, t, ',') || Words.isPunct(doc, t, ';') || Words.isPunct(doc, t, ':')
        || Words.isDash(doc, t) || Words.isPunct(doc, t, '\u2026');
  }

  /** Char span of tokens {@code [from, to)}, widened to whole quotations it cuts into. */
  static int[] span(DocumentRun run, int from, int to) {
    TextDocument doc = run.doc;
    int s = doc.tokenStart(from);
    int e = doc.tokenEnd(to - 1);
    for (int t = from; t < to; t++) {
      int q = run.quoteAt[t];
      if (q >= 0) {
        QuoteSpan qs = doc.quotes().get(q);
        s = Math.min(s, qs.start());
        e = Math.max(e, qs.end());
      }
    }
    return new int[] {s, e};
  }

  /** Mixed when tokens {@code [from, to)} hold a quotation, else indirect. */
  static QuoteKind kind(DocumentRun run, int from, int to) {
    for (int t = from; t < to; t++) {
      if (run.quoteAt[t] >= 0) {
        return QuoteKind.MIXED;
      }
    }
    return QuoteKind.INDIRECT;
  }

  /** Records {@code f}, and marks the quotations inside tokens {@code [from, to)} as part of it. */
  static Found record(DocumentRun run, int from, int to, Found f) {
    consume(run, from, to, f);
    run.clauses.add(f);
    return f;
  }

  /** Marks the quotations inside tokens {@code [from, to)} as part of {@code f}. */
  static void consume(DocumentRun run, int from, int to, Found f) {
    for (int t = from; t < to; t++) {
      int q = run.quoteAt[t];
      if (q >= 0 && run.direct[q] == null) {
        run.direct[q] = f;
      }
    }
  }

  /** Whether tokens {@code [from, to)} are exactly one quotation (a direct quote, not a clause). */
  static boolean isWholeQuote(DocumentRun run, int from, int to) {
    if (from >= to) {
      return false;
    }
    int q = run.quoteAt[from];
    return q >= 0 && run.quoteAt[to - 1] == q && run.openTok[q] == from;
  }

  /**
   * Whether token {@code t} lies inside the content of a clause already found: {@code Ruiz said she
   * believes the plant will close} reports one thing, not two.
   */
  static boolean insideClause(DocumentRun run, int t) {
    int at = run.doc.tokenStart(t);
    for (int i = run.clauses.size() - 1; i >= 0 && i >= run.clauses.size() - 4; i--) {
      int[] sp = run.clauses.get(i).spans();
      for (int k = 0; k < sp.length; k += 2) {
        if (sp[k] <= at && at < sp[k + 1]) {
          return true;
        }
      }
    }
    return false;
  }
}
