package dev.verbatim.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Drops a reported clause read off a cue inside another report's content: the outer report already
 * carries those words, and the news convention annotates the report, not the verbs inside it.
 *
 * <pre>
 *   Lee said the mayor announced the plan would be dropped.   → one report, by Lee
 *   The mayor announced the plan would be dropped, according to two aides.
 *                                                              → one report, by the aides
 * </pre>
 *
 * Only outer reports read off a verb's clause or {@code according to} count: a direct quote or a
 * fronted clause does not swallow the clauses inside it. Stateless; O(n log n) in the clauses.
 */
final class NestedClauses {
  private NestedClauses() {}

  private static final Set<String> OUTER = Set.of(ReportedClauseRule.NAME, AccordingToRule.NAME);

  /** Removes from {@code run.clauses} every clause of {@link ReportedClauseRule} inside an outer one. */
  static void prune(DocumentRun run) {
    if (run.clauses.size() < 2) {
      return;
    }
    List<Found> sorted = new ArrayList<>(run.clauses);
    sorted.sort(Comparator.comparingInt((Found f) -> start(f)).thenComparingInt(f -> -end(f)));
    java.util.Set<Found> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Found outer = null;
    for (Found f : sorted) {
      if (outer != null && f != outer && end(f) <= end(outer) && start(f) >= start(outer)
          && f.rule().equals(ReportedClauseRule.NAME)
          && (f.cueStart() >= start(outer) && f.cueStart() < end(outer))) {
        drop.add(f);
        continue;
      }
      if (OUTER.contains(f.rule()) && (outer == null || end(f) > end(outer))) {
        outer = f;
      }
    }
    if (!drop.isEmpty()) {
      run.clauses.removeIf(drop::contains);
    }
  }

  private static int start(Found f) {
    return f.spans()[0];
  }

  private static int end(Found f) {
    return f.spans()[f.spans().length - 1];
  }
}
