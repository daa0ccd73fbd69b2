package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;

/**
 * The result of checking one article against its sources: one {@link QuoteCheck} per direct quote
 * and per quoted fragment of a mixed quote, in article order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the article text, exactly as checked
 * @param sources the sources, in the order given
 * @param checks the checks, ordered by article offset
 * @param threshold the similarity threshold used
 */
public record CheckReport(String article, List<SourceText> sources, List<QuoteCheck> checks,
    double threshold) {
  public CheckReport {
    requireNonNull(article, "article");
    sources = List.copyOf(sources);
    checks = List.copyOf(checks);
  }

  /** Whether any check has one of {@code classes}: the CLI's {@code --fail-on} test. */
  public boolean any(Collection<CheckClass> classes) {
    return checks.stream().anyMatch(c -> c.classes().stream().anyMatch(classes::contains));
  }

  /** How many checks have {@code c}. */
  public long count(CheckClass c) {
    return checks.stream().filter(q -> q.is(c)).count();
  }
}
