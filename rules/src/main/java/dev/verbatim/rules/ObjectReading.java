package dev.verbatim.rules;

/**
 * Verbs of saying with a second, non-speech sense whose object is a plain noun phrase
 * ({@code object-verbs.txt}). In that sense there is nothing reported, so the cue needs a frame:
 *
 * <pre>
 *   Ruiz added that the plant would close.       (a report)
 *   Ruiz added the plant would close.            (a report: a finite clause)
 *   The plant added 200 jobs last year.           (no report)
 *   Ruiz continued her tour of the port.          (no report)
 *   Voters in two coastal states swing left.      (no report: "states" is a noun)
 * </pre>
 *
 * Stateless.
 */
final class ObjectReading {
  private ObjectReading() {}

  /** Whether the verb form of {@code cue} has a plain-object sense that is not speech. */
  static boolean applies(DocumentRun run, Cue cue) {
    return cue.kind() == Cue.Kind.VERB && cue.endTok() - cue.firstTok() == 1
        && run.ctx.lex.objectVerbs.contains(Words.lower(run.doc, cue.firstTok()));
  }
}
