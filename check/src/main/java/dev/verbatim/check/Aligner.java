package dev.verbatim.check;

import java.util.Arrays;

/**
 * Word-level semi-global alignment of a quote against a window of the corpus: the quote's words must
 * all be accounted for, the source window may start and end anywhere. Unit costs for a changed, added
 * or dropped word; an ellipsis consumes any number of source words for free and a bracketed insertion
 * up to {@link #MAX_INSERTION_WORDS}. The window is the band around a candidate, so the cost is
 * {@code O(quote words × window)}. Stateless.
 */
final class Aligner {
  static final byte MATCH = 0;
  static final byte CHANGE = 1;
  static final byte ADD = 2; // a quote word the source does not have
  static final byte DROP = 3; // a source word the quote leaves out
  static final byte WILD = 4; // an ellipsis or insertion and the source words it stands for

  static final int MAX_INSERTION_WORDS = 6;

  /**
   * One alignment. Ops are in text order; {@code opQuote} is the quote token (for DROP, the next
   * one), {@code [opFrom, opTo)} the source words (empty for ADD, at the position it applies to).
   */
  record Alignment(int cost, int matches, int changes, int added, int dropped, byte[] op,
      int[] opQuote, int[] opFrom, int[] opTo, int sourceFrom, int sourceTo) {
    double similarity() {
      int q = matches + changes + added;
      int s = matches + changes + dropped;
      return q + s == 0 ? 0 : 2.0 * matches / (q + s);
    }

    boolean exact() {
      return changes + added + dropped == 0;
    }
  }

  private Aligner() {}

  static Alignment align(QuoteWords q, int qa, int qb, Corpus c, int ws, int we) {
    int m = qb - qa;
    int w = we - ws;
    int cols = w + 1;
    int[] d = new int[(m + 1) * cols];
    for (int i = 0; i < m; i++) {
      int row = (i + 1) * cols;
      int prev = i * cols;
      byte k = q.kind[qa + i];
      if (k == Tokens.ELLIPSIS) {
        d[row] = d[prev];
        for (int j = 1; j <= w; j++) {
          d[row + j] = Math.min(d[prev + j], d[row + j - 1]);
        }
      } else if (k == Tokens.INSERTION) {
        for (int j = 0; j <= w; j++) {
          int best = Integer.MAX_VALUE;
          for (int s = 0; s <= Math.min(j, MAX_INSERTION_WORDS); s++) {
            best = Math.min(best, d[prev + j - s]);
          }
          d[row + j] = best;
        }
      } else {
        int id = q.id[qa + i];
        d[row] = d[prev] + 1;
        for (int j = 1; j <= w; j++) {
          int diag = d[prev + j - 1] + (id >= 0 && c.word[ws + j - 1] == id ? 0 : 1);
          d[row + j] = Math.min(diag, Math.min(d[prev + j] + 1, d[row + j - 1] + 1));
        }
      }
    }
    int bestJ = 0;
    for (int j = 1; j <= w; j++) {
      if (d[m * cols + j] < d[m * cols + bestJ]) {
        bestJ = j;
      }
    }
    return trace(q, qa, c, ws, d, cols, m, bestJ);
  }

  private static Alignment trace(QuoteWords q, int qa, Corpus c, int ws, int[] d, int cols, int m,
      int bestJ) {
    int cap = 2 * (m + cols) + 2;
    byte[] op = new byte[cap];
    int[] oq = new int[cap];
    int[] of = new int[cap];
    int[] ot = new int[cap];
    int n = 0;
    int matches = 0;
    int changes = 0;
    int added = 0;
    int dropped = 0;
    int i = m;
    int j = bestJ;
    while (i > 0) {
      int here = d[i * cols + j];
      int prev = (i - 1) * cols;
      byte k = q.kind[qa + i - 1];
      if (k != Tokens.WORD) {
        int s = 0;
        int max = k == Tokens.ELLIPSIS ? j : Math.min(j, MAX_INSERTION_WORDS);
        while (s < max && d[prev + j - s] != here) {
          s++;
        }
        op[n] = WILD;
        oq[n] = qa + i - 1;
        of[n] = ws + j - s;
        ot[n++] = ws + j;
        j -= s;
        i--;
        continue;
      }
      int id = q.id[qa + i - 1];
      boolean same = j > 0 && id >= 0 && c.word[ws + j - 1] == id;
      if (j > 0 && here == d[prev + j - 1] + (same ? 0 : 1)) {
        op[n] = same ? MATCH : CHANGE;
        oq[n] = qa + i - 1;
        of[n] = ws + j - 1;
        ot[n++] = ws + j;
        if (same) {
          matches++;
        } else {
          changes++;
        }
        i--;
        j--;
      } else if (here == d[prev + j] + 1) {
        op[n] = ADD;
        oq[n] = qa + i - 1;
        of[n] = ws + j;
        ot[n++] = ws + j;
        added++;
        i--;
      } else {
        op[n] = DROP;
        oq[n] = qa + i;
        of[n] = ws + j - 1;
        ot[n++] = ws + j;
        dropped++;
        j--;
      }
    }
    reverse(op, oq, of, ot, n);
    int from = ws + j;
    return new Alignment(d[m * cols + bestJ], matches, changes, added, dropped,
        Arrays.copyOf(op, n), Arrays.copyOf(oq, n), Arrays.copyOf(of, n), Arrays.copyOf(ot, n),
        from, Math.max(from, ws + bestJ));
  }

  private static void reverse(byte[] op, int[] oq, int[] of, int[] ot, int n) {
    for (int a = 0, b = n - 1; a < b; a++, b--) {
      byte t = op[a];
      op[a] = op[b];
      op[b] = t;
      int x = oq[a];
      oq[a] = oq[b];
      oq[b] = x;
      x = of[a];
      of[a] = of[b];
      of[b] = x;
      x = ot[a];
      ot[a] = ot[b];
      ot[b] = x;
    }
  }
}
