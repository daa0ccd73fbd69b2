package dev.verbatim.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the best source passage for a run of quote words: trigram hits vote for a diagonal (source
 * position minus quote position), the best-voted diagonals become candidate windows, and each window
 * is aligned with {@link Aligner}. Rare single words vote too, so a heavily altered quote still finds
 * its region; a quote too short for trigrams is tried at each place its rarest word occurs. Stateless.
 */
final class PassageFinder {
  /** Trigrams more frequent than this say little about where a quote is; they do not vote. */
  private static final int COMMON_TRIGRAM = 300;
  private static final int RARE_WORD = 30;
  private static final int CANDIDATES = 8;
  private static final int SHORT_QUOTE_CANDIDATES = 64;
  /** How far, in source words, an ellipsis may reach. */
  static final int ELLIPSIS_REACH = 150;

  private PassageFinder() {}

  /**
   * The best alignment of quote tokens {@code [qa, qb)}, or {@code null} when no source shares a word
   * with them. Among equally similar passages, one whose speaker passes {@code preferred} wins, then
   * the earliest.
   */
  static Aligner.@Nullable Alignment best(QuoteWords q, int qa, int qb, Corpus c,
      IntPredicate preferred) {
    List<int[]> words = new ArrayList<>(); // {token index, word ordinal}
    for (int i = qa, k = 0; i < qb; i++) {
      if (q.kind[i] == Tokens.WORD) {
        words.add(new int[] {i, k++});
      }
    }
    Map<Integer, int[]> votes = new HashMap<>(); // diagonal bucket -> {votes, anchor position}
    boolean trigrams = voteTrigrams(q, words, c, votes);
    for (int[] w : words) {
      int id = q.id[w[0]];
      int f = c.frequency(id);
      if (f > 0 && (f <= RARE_WORD || !trigrams)) {
        for (int k = 0; k < Math.min(f, 2000); k++) {
          vote(votes, c.occurrence(id, k), w[1], 1);
        }
      }
    }
    List<int[]> ranked = new ArrayList<>(votes.values());
    ranked.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[2], b[2]));
    int limit = words.size() <= 3 ? SHORT_QUOTE_CANDIDATES : CANDIDATES;
    int ellipses = q.wildcards(qa, qb, Tokens.ELLIPSIS);
    int insertions = q.wildcards(qa, qb, Tokens.INSERTION);
    int slack = Math.max(4, words.size() / 3);
    Aligner.Alignment best = null;
    boolean bestPreferred = false;
    Set<Long> seen = new HashSet<>();
    for (int r = 0; r < Math.min(limit, ranked.size()); r++) {
      int diag = ranked.get(r)[1];
      int s = c.source[ranked.get(r)[2]];
      int reach = ellipses * ELLIPSIS_REACH;
      int ws = Math.max(c.sourceStart(s), diag - slack - reach);
      int we = Math.min(c.sourceEnd(s),
          diag + words.size() + slack + reach + insertions * Aligner.MAX_INSERTION_WORDS);
      if (we <= ws || !seen.add((long) ws << 32 | we)) {
        continue;
      }
      Aligner.Alignment a = Aligner.align(q, qa, qb, c, ws, we);
      if (a.matches() == 0) {
        continue;
      }
      boolean pref = a.sourceTo() > a.sourceFrom() && preferred.test(firstMatch(a));
      if (best == null || better(a, pref, best, bestPreferred)) {
        best = a;
        bestPreferred = pref;
      }
    }
    return best;
  }

  private static boolean voteTrigrams(QuoteWords q, List<int[]> words, Corpus c,
      Map<Integer, int[]> votes) {
    List<long[]> hits = new ArrayList<>(); // {range, ordinal}
    for (int x = 0; x + 2 < words.size(); x++) {
      int i = words.get(x)[0];
      if (words.get(x + 2)[0] != i + 2 || q.id[i] < 0 || q.id[i + 1] < 0 || q.id[i + 2] < 0) {
        continue; // a wildcard sits between them, or a word no source has
      }
      hits.add(new long[] {c.trigramRange(q.id[i], q.id[i + 1], q.id[i + 2]), x});
    }
    hits.removeIf(h -> count(h[0]) == 0);
    if (hits.isEmpty()) {
      return false;
    }
    hits.sort((a, b) -> Integer.compare(count(a[0]), count(b[0])));
    for (int h = 0; h < hits.size(); h++) {
      long range = hits.get(h)[0];
      if (count(range) > COMMON_TRIGRAM && h >= 3) {
        break;
      }
      int from = (int) (range >>> 32);
      int to = Math.min((int) range, from + 3000);
      for (int k = from; k < to; k++) {
        vote(votes, c.trigramPosition(k), (int) hits.get(h)[1], 3);
      }
    }
    return true;
  }

  private static int count(long range) {
    return (int) range - (int) (range >>> 32);
  }

  /** Votes for the diagonal of a word at corpus {@code position} that is quote word {@code ordinal}. */
  private static void vote(Map<Integer, int[]> votes, int position, int ordinal, int weight) {
    int diag = position - ordinal;
    int[] v = votes.computeIfAbsent(Math.floorDiv(diag, 8), k -> new int[] {0, diag, position});
    v[0] += weight;
  }

  private static boolean better(Aligner.Alignment a, boolean aPref, Aligner.Alignment b,
      boolean bPref) {
    double d = a.similarity() - b.similarity();
    if (Math.abs(d) > 1e-9) {
      return d > 0;
    }
    if (aPref != bPref) {
      return aPref;
    }
    return a.sourceFrom() < b.sourceFrom();
  }

  static int firstMatch(Aligner.Alignment a) {
    for (int k = 0; k < a.op().length; k++) {
      if (a.op()[k] == Aligner.MATCH) {
        return a.opFrom()[k];
      }
    }
    return a.sourceFrom();
  }
}
