package dev.verbatim.rules;

import dev.verbatim.QuoteAttributor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints how many gold cases pass per issue-3 bullet ({@code covers}), so progress on the rules is
 * visible at a glance. {@link GoldCasesTest} prints it after its run; {@link #main} runs it alone and
 * also prints every failing case's diff. Instances are per run and not thread-safe.
 */
final class GoldCasesReport {
  /** Passed and total counts per group, in first-seen order. */
  private final Map<String, int[]> tally = new LinkedHashMap<>();

  void record(GoldCase c, boolean passed) {
    int[] t = tally.computeIfAbsent(c.covers(), k -> new int[2]);
    t[0] += passed ? 1 : 0;
    t[1]++;
  }

  boolean isEmpty() {
    return tally.isEmpty();
  }

  String format() {
    StringBuilder sb = new StringBuilder("Gold cases passed per group:\n");
    int passed = 0;
    int total = 0;
    for (Map.Entry<String, int[]> e : tally.entrySet()) {
      sb.append(String.format("  %3d/%-3d %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
      passed += e.getValue()[0];
      total += e.getValue()[1];
    }
    return sb.append(String.format("  %3d/%-3d all%n", passed, total)).toString();
  }

  /** Runs every gold case through a default engine; prints failing diffs, then the per-group counts. */
  public static void main(String[] args) {
    QuoteAttributor attributor = QuoteAttributor.builder().build();
    GoldCasesReport report = new GoldCasesReport();
    List<GoldCase> cases = GoldCase.load();
    for (GoldCase c : cases) {
      String diff = c.diff(GoldCase.actual(attributor.attribute(c.text())));
      report.record(c, diff.isEmpty());
      if (!diff.isEmpty()) {
        System.out.println(c.id() + " (" + c.covers() + "): " + c.text().replace("\n", "\\n") + diff);
      }
    }
    if (!attributor.hasAttributionRules()) {
      System.out.println("(no attribution rules on the classpath: detection only)");
    }
    System.out.print(report.format());
  }
}
