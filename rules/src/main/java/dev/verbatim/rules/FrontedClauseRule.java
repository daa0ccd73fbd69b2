package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The reported clause comes first and the cue frame closes the sentence:
 *
 * <pre>
 *   The plant will close in May, Ruiz said.
 *   The plant will close in May, said Ruiz, the plant's manager.
 *   The plant will close in May, the ministry said in a statement on Tuesday.
 * </pre>
 */
final class FrontedClauseRule implements ClauseRule {
  static final String NAME = "clause-then-cue";

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() == Cue.Kind.SOURCE_AFTER || cue.kind() == Cue.Kind.SLOT) {
      return null;
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    Mention speaker;
    int comma;
    int frameEnd;
    if (Words.isPunct(doc, cue.firstTok() - 1, ',')) {
      speaker = run.ctx.subjects.after(doc, cue.endTok(), end);
      comma = cue.firstTok() - 1;
      frameEnd = speaker == null ? -1 : speaker.endTok();
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
      comma = speaker == null ? -1 : speaker.firstTok() - 1;
      frameEnd = cue.endTok();
    }
    if (speaker == null || comma <= floor || !Words.isPunct(doc, comma, ',')
        || !tailIsFrame(doc, frameEnd, end)) {
      return null;
    }
    int from = floor;
    if (Clauses.isWholeQuote(run, from, comma) || comma - from < 3
        || comma - from <= 6 && Words.PREPOSITIONS.contains(Words.lower(doc, from))
        || Words.CLAUSE_OPENERS.contains(Words.lower(doc, from)) && comma - from <= 6) {
      return null; // "After a long flight, he said …" fronts a phrase, not a clause
    }
    int[] span = Clauses.span(run, from, comma);
    Found f = run.found(Clauses.kind(run, from, comma), span, cue, speaker, NAME,
        cue.risky() ? 0.6 : 0.85);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, from, comma, f);
  }

  /** After the cue frame only time words and short phrases may follow: {@code in a statement}. */
  private static boolean tailIsFrame(TextDocument doc, int from, int end) {
    if (from < 0) {
      return false;
    }
    int n = end - from;
    if (n <= 0) {
      return true;
    }
    if (n > 9) {
      return false;
    }
    for (int t = from; t < end; t++) {
      String w = Words.lower(doc, t);
      if (w.equals("that") || Words.isQuoteMark(doc, t)) {
        return false;
      }
    }
    String first = Words.lower(doc, from);
    return Words.TIME_WORDS.contains(first) || Words.PREPOSITIONS.contains(first)
        || Words.isPunct(doc, from, ',') || Words.isCapitalised(doc, from)
        || Words.DETERMINERS.contains(first);
  }
}
