package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import org.jspecify.annotations.Nullable;

/** A rule that attributes one direct quotation. Implementations are stateless and thread-safe. */
interface QuoteRule {
  /** The attribution of {@code q}, or null when this rule does not apply. */
  @Nullable Found apply(DocumentRun run, QuoteSpan q);
}
