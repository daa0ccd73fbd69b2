package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A source-after cue, before or after its clause:
 *
 * <pre>
 *   According to the ministry, the plant will close in May.
 *   The plant will close in May, according to two officials.
 * </pre>
 */
final class AccordingToRule implements ClauseRule {
  static final String NAME = "according-to";

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() != Cue.Kind.SOURCE_AFTER) {
      return null;
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    Mention speaker = run.ctx.mentions.parseAt(doc, cue.endTok(), end);
    if (speaker == null) {
      return null;
    }
    int from;
    int to;
    int before = cue.firstTok();
    while (before > floor && Words.CLAUSE_OPENERS.contains(Words.lower(doc, before - 1))) {
      before--;
    }
    if (before == floor) {
      // According to X, CLAUSE.
      int k = speaker.endTok();
      while (k < end && !Words.isPunct(doc, k, ',')) {
        k++;
      }
      from = k + 1;
      to = end;
    } else {
      from = floor;
      to = cue.firstTok();
      if (Words.isPunct(doc, to - 1, ',')) {
        to--;
      }
    }
    if (to - from < 3) {
      return null;
    }
    int[] span = Clauses.span(run, from, to);
    QuoteKind kind = Clauses.isWholeQuote(run, from, to) ? QuoteKind.DIRECT : Clauses.kind(run, from, to);
    Found f = run.found(kind, span, cue, speaker, NAME, 0.85);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, from, to, f);
  }
}
