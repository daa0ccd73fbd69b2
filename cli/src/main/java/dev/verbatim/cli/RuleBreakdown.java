package dev.verbatim.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-rule figures of a scored row: how many counted predictions each rule made, how many matched a
 * gold relation, and how many also had the speaker right. Ignored predictions are left out, as in the
 * row. Stateless.
 */
final class RuleBreakdown {
  private RuleBreakdown() {}

  /** One rule's figures. Immutable. */
  record RuleFigures(String rule, int predictions, int matched, int speakerRight) {
    double precision() {
      return predictions == 0 ? 0.0 : (double) matched / predictions;
    }
  }

  /** Rules ordered by number of predictions, most first, then by name. */
  static List<RuleFigures> of(Scorer.Row row) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Scorer.DocOutcome d : row.docs()) {
      for (int pi = 0; pi < d.preds().size(); pi++) {
        if (d.ignored()[pi]) {
          continue;
        }
        int[] c = counts.computeIfAbsent(d.preds().get(pi).rule(), r -> new int[3]);
        c[0]++;
        if (d.predMatch()[pi] >= 0) {
          c[1]++;
        }
        if (d.speakerRight()[pi]) {
          c[2]++;
        }
      }
    }
    List<RuleFigures> out = new ArrayList<>();
    counts.forEach((rule, c) -> out.add(new RuleFigures(rule, c[0], c[1], c[2])));
    out.sort(Comparator.comparingInt(RuleFigures::predictions).reversed()
        .thenComparing(RuleFigures::rule));
    return out;
  }
}
