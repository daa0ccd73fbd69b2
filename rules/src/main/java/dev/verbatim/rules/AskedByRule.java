package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A passive question names who asked it after {@code by}; the question is what is reported:
 *
 * <pre>
 *   Asked by a reporter whether the plan was dead, Holt said, “Not yet.”   (the reporter asks)
 *   Holt was asked by host Ann Lee about raising the levy.
 *   When asked by Lee if that was still her view, Gray nodded.
 * </pre>
 *
 * The question opens with {@code whether}, {@code if}, {@code about}, {@code to} and a verb
 * ({@code asked by the board to respond}, not {@code to the dinner}) or a question word, and runs to the next comma or the end of the clause. Stateless.
 */
final class AskedByRule implements ClauseRule {
  static final String NAME = "asked-by";
  private static final Set<String> OPENERS = Set.of("whether", "if", "about", "to", "what",
      "how", "why", "when", "who", "where", "which");

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() != Cue.Kind.VERB || cue.verb() == null || cue.gerund()
        || !cue.verb().lemma().equals("ask")) {
      return null;
    }
    TextDocument doc = run.doc;
    int end = Clauses.clauseEnd(doc, s);
    int by = cue.endTok();
    if (by + 1 >= end || !doc.tokenLowerIs(by, "by")) {
      return null;
    }
    Mention asker = run.ctx.mentions.parseAt(doc, by + 1, end);
    if (asker == null) {
      return null;
    }
    int from = Subjects.skipTime(doc, asker.endTok(), end);
    if (from >= end || !Words.isWord(doc, from) || !OPENERS.contains(Words.lower(doc, from))) {
      return null;
    }
    if (doc.tokenLowerIs(from, "to") && (from + 1 >= end || !Words.isWord(doc, from + 1)
        || Words.isCapitalised(doc, from + 1)
        || Words.DETERMINERS.contains(Words.lower(doc, from + 1)))) {
      return null; // "asked by the board to the dinner": a place, not what was asked
    }
    int to = from;
    while (to < end && !Words.isPunct(doc, to, ',') && !Words.isPunct(doc, to, ';')
        && run.quoteAt[to] < 0) {
      to++;
    }
    if (to - from < 3) {
      return null;
    }
    Found f = run.found(Clauses.kind(run, from, to), Clauses.span(run, from, to), cue, asker,
        NAME, 0.7);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, from, to, f);
  }
}
