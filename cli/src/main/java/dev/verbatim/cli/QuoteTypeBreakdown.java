package dev.verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Speaker accuracy of a scored row split by the gold's {@code quote_type} (the novels' {@code
 * Explicit}, {@code Anaphoric} and {@code Implicit}): over the matched gold relations of each type
 * that have a source or names, the share whose prediction has the speaker right, judged exactly as
 * the row's speaker acc. Relations without a type are left out; a gold file with no types gives no
 * figures. Stateless.
 */
final class QuoteTypeBreakdown {
  private QuoteTypeBreakdown() {}

  /** One quote type's figures. Immutable. */
  record TypeFigures(String type, int matched, int speakerRight) {
    double accuracy() {
      return matched == 0 ? 0.0 : (double) speakerRight / matched;
    }
  }

  /** Types in alphabetical order (Anaphoric, Explicit, Implicit). */
  static List<TypeFigures> of(Scorer.Row row) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Scorer.DocOutcome d : row.docs()) {
      for (int gi = 0; gi < d.golds().size(); gi++) {
        GoldDocument.Relation g = d.golds().get(gi);
        int pi = d.goldMatch()[gi];
        if (g.quoteType() == null || pi < 0 || !g.hasSourceOrNames()) {
          continue;
        }
        int[] c = counts.computeIfAbsent(g.quoteType(), t -> new int[2]);
        c[0]++;
        if (d.speakerRight()[pi]) {
          c[1]++;
        }
      }
    }
    List<TypeFigures> out = new ArrayList<>();
    counts.forEach((type, c) -> out.add(new TypeFigures(type, c[0], c[1])));
    return out;
  }
}
