package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The speaker of a participle cue in an absolute {@code with} phrase: the noun phrase between
 * {@code with} and the cue, whole with its title.
 *
 * <pre>
 *   The talks ended, with Minister Ilse Varga stating that the work would resume.
 *                         ^^^^^^^^^^^^^^^^^^^ speaker      ^^^^ the clause after the cue
 * </pre>
 *
 * The reported clause itself is read by {@link ReportedClauseRule} as for any cue. Stateless.
 */
final class WithParticiple {
  private WithParticiple() {}

  /** Words a speaker between {@code with} and the cue may take. */
  private static final int MAX_SPEAKER = 8;

  /** The speaker of gerund {@code cue} after {@code with}, or null when no such frame holds. */
  static @Nullable Mention speaker(DocumentRun run, Cue cue, int floor) {
    TextDocument doc = run.doc;
    if (!cue.gerund() || cue.kind() != Cue.Kind.VERB) {
      return null;
    }
    for (int w = cue.firstTok() - 2; w >= floor && cue.firstTok() - w <= MAX_SPEAKER + 1; w--) {
      if (!Words.isWord(doc, w) && !Words.isPunct(doc, w, '.')) {
        return null; // a comma or a quotation: no plain phrase between "with" and the cue
      }
      if (Words.lower(doc, w).equals("with")) {
        Mention m = run.ctx.mentions.parseAt(doc, w + 1, cue.firstTok());
        return m != null && m.endTok() == cue.firstTok() ? m : null;
      }
    }
    return null;
  }
}
