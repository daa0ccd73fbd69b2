package dev.verbatim.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One-to-one matching of predicted to gold quotes, exactly as the reference scorer does it: every pair
 * whose character sets have a Jaccard overlap of at least 0.5 is a candidate; candidates are taken
 * best first, ties broken by the higher gold index, then the higher prediction index (Python's
 * reverse sort of {@code (jaccard, gold, pred)} tuples). Stateless.
 */
final class Matcher {
  private Matcher() {}

  /** A matched pair of indices into the gold and prediction lists. */
  record Pair(int gold, int pred) {}

  private record Candidate(double jaccard, int gold, int pred) {}

  static List<Pair> match(List<BitSet> gold, List<BitSet> pred) {
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      BitSet g = gold.get(gi);
      for (int pi = 0; pi < pred.size(); pi++) {
        BitSet p = pred.get(pi);
        if (!g.intersects(p)) {
          continue;
        }
        BitSet inter = (BitSet) g.clone();
        inter.and(p);
        BitSet union = (BitSet) g.clone();
        union.or(p);
        double jaccard = (double) inter.cardinality() / union.cardinality();
        if (jaccard >= 0.5) {
          candidates.add(new Candidate(jaccard, gi, pi));
        }
      }
    }
    candidates.sort((a, b) -> {
      int c = Double.compare(b.jaccard, a.jaccard);
      if (c == 0) {
        c = Integer.compare(b.gold, a.gold);
      }
      return c != 0 ? c : Integer.compare(b.pred, a.pred);
    });
    boolean[] usedGold = new boolean[gold.size()];
    boolean[] usedPred = new boolean[pred.size()];
    List<Pair> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedGold[c.gold] && !usedPred[c.pred]) {
        usedGold[c.gold] = true;
        usedPred[c.pred] = true;
        out.add(new Pair(c.gold, c.pred));
      }
    }
    return out;
  }
}
