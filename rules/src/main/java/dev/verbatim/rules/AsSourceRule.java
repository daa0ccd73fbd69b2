package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A cue frame opened by "as" and closed by a comma, before the clause it reports:
 *
 * <pre>
 *   As the harbour paper noted, the pier has flooded twice this year.  → "the pier has flooded …"
 *   As Ruiz put it on Monday, the budget is a promise.                 → "the budget is a promise"
 *   In the end, as Ruiz told reporters, the count went on.             → "the count went on"
 * </pre>
 *
 * A phrase cue counts only in the idiom {@code as X put it}; {@code as the count went on} and {@code as
 * the talks continue} tell when. Between the cue and the comma only a short phrase of time or place may stand ({@code on Monday},
 * {@code in a statement}); anything longer, or a verb, means "as" tells when ({@code as he said
 * goodbye, the lights went out}). Stateless and thread-safe.
 */
final class AsSourceRule implements ClauseRule {
  static final String NAME = "as-source";
  /** Tokens that may stand between the cue and its comma. */
  private static final int TAIL = 6;

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() != Cue.Kind.VERB && cue.kind() != Cue.Kind.SUBJECT_PHRASE || cue.gerund()
        || cue.verb() != null && cue.verb().lemma().equals("continue")
        || cue.verb() == null && !Words.lower(run.doc, cue.endTok() - 1).equals("it")) {
      return null; // "as the count went on", "as the talks continue": "as" tells when
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    int comma = cue.endTok();
    while (comma < end && comma - cue.endTok() <= TAIL && Words.isWord(doc, comma)
        && (Words.isCapitalised(doc, comma) || !Words.AUXILIARIES.contains(Words.lower(doc, comma))
        && !run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, comma)))) {
      comma++;
    }
    if (comma >= end || !Words.isPunct(doc, comma, ',') || end - (comma + 1) < 3
        || Clauses.isWholeQuote(run, comma + 1, end)
        || Words.CLAUSE_OPENERS.contains(Words.lower(doc, comma + 1))) {
      return null;
    }
    Mention speaker = run.speakerOf(s, cue);
    if (speaker == null || speaker.firstTok() - 1 < floor
        || !Words.lower(doc, speaker.firstTok() - 1).equals("as")) {
      return null;
    }
    int as = speaker.firstTok() - 1;
    for (int t = speaker.endTok(); t < cue.firstTok(); t++) {
      if (!Words.isWord(doc, t) || !Words.AUXILIARIES.contains(Words.lower(doc, t))
          && !Words.lower(doc, t).endsWith("ly")) {
        return null; // only "has", "recently" and the like between the speaker and the cue
      }
    }
    if (as > floor && !Words.isPunct(doc, as - 1, ',')
        && !Words.CLAUSE_OPENERS.contains(Words.lower(doc, as - 1))) {
      return null; // "as" opens the sentence, follows a comma, or follows "but", "and"
    }
    int from = comma + 1;
    QuoteKind kind = Clauses.kind(run, from, end);
    Found f = run.found(kind, Clauses.span(run, from, end), cue, speaker, NAME, 0.75);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, from, end, f);
  }
}
