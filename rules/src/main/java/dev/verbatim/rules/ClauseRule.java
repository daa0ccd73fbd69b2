package dev.verbatim.rules;

import org.jspecify.annotations.Nullable;

/** A rule that reads reported speech off one cue. Implementations are stateless and thread-safe. */
interface ClauseRule {
  /** The attribution around {@code cue} in sentence {@code s}, or null when the rule does not apply. */
  @Nullable Found apply(DocumentRun run, int s, Cue cue);
}
