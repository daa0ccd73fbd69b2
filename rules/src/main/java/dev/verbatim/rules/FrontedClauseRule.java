package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The reported clause comes first and the cue frame closes the sentence:
 *
 * <pre>
 *   The plant will close in May, Ruiz said.
 *   The plant will close in May, said Ruiz, the plant's manager.
 *   The plant will close in May, the ministry said in a statement on Tuesday.
 *   The plant, Ruiz said, will close in May.                 (one report, two pieces)
 *   At the time, Ruiz said, the plant was losing money.       (a lead and the rest: two pieces)
 *   The plant was old, Ruiz said, and the roof leaked.        (two pieces: a conjunction goes on)
 *   The plant will close, Ruiz said, in a statement.          (the frame's own phrase: one piece)
 *   The firm paid no rent for years, county records show.    (a bare document or group closes it)
 *   The plan should be dropped, echoing a memo from the aide. (no report: a participle is no inverted frame)
 * </pre>
 */
final class FrontedClauseRule implements ClauseRule {
  static final String NAME = "clause-then-cue";

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() == Cue.Kind.SOURCE_AFTER || cue.kind() == Cue.Kind.SLOT
        || cue.stance() && cue.endTok() - cue.firstTok() > 1) {
      return null; // "..., referring to the mayor": a verb and its preposition take what follows
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    Mention speaker;
    int comma;
    int frameEnd;
    boolean inverted = Words.isPunct(doc, cue.firstTok() - 1, ',');
    if (inverted && cue.gerund()) {
      return null; // "..., echoing a memo from the aide": a participle never takes its subject after it
    }
    if (inverted) {
      speaker = run.ctx.subjects.after(doc, cue.endTok(), end);
      comma = cue.firstTok() - 1;
      frameEnd = speaker == null ? -1 : speaker.endTok();
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
      if (speaker == null && !cue.gerund()) {
        // "..., county records show.", "..., farm groups say.": a bare document or group
        speaker = DocumentSubject.before(run, cue.firstTok(), floor);
        if (speaker == null) {
          speaker = GroupSubject.before(run, cue, floor);
        }
      }
      comma = speaker == null ? -1 : modifiersBefore(run, speaker.firstTok(), floor) - 1;
      frameEnd = cue.endTok();
    }
    if (speaker == null || comma <= floor || !Words.isPunct(doc, comma, ',')
        || !Animacy.allows(run.ctx.lex, cue, speaker)) {
      return null;
    }
    for (int t = speaker.endTok(); t < cue.firstTok(); t++) {
      if (Words.isWord(doc, t) && !Words.isCapitalised(doc, t)
          && run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, t))) {
        return null; // "..., the leaders highlighted their aims in the canal project": a verb between
      }
    }
    if (cue.risky() && frameEnd < end && Words.DETERMINERS.contains(Words.lower(doc, frameEnd))) {
      return null; // "During the talks, the two leaders highlighted their shared aims": an object
    }
    // The frame may close the sentence, or interrupt it: "A, he said, B." is one report, two pieces.
    int tailComma = firstComma(doc, frameEnd, end);
    int resume = -1;
    if (tailComma >= 0 && !tailIsFrame(doc, frameEnd, tailComma)
        || tailComma < 0 && !tailIsFrame(doc, frameEnd, end)) {
      return null;
    }
    int from = floor;
    boolean shortLead = comma - from < 3
        || comma - from <= 6 && Words.PREPOSITIONS.contains(Words.lower(doc, from))
        || Words.CLAUSE_OPENERS.contains(Words.lower(doc, from)) && comma - from <= 6;
    if (tailComma >= 0 && tailComma + 1 < end && (inverted
        ? !startsAside(doc, tailComma + 1) : !startsFrameAside(doc, tailComma + 1))) {
      resume = tailComma + 1;
    }
    if (shortLead && resume < 0 && tailComma >= 0 && end - tailComma > 3
        && FiniteClause.opensAt(run, tailComma + 1, end)) {
      // "At the time, she said, in May the county was broke.": the report is what follows the frame
      int at = tailComma + 1;
      Found f = run.found(Clauses.kind(run, at, end), Clauses.span(run, at, end), cue, speaker,
          NAME, cue.risky() ? 0.6 : 0.8);
      run.cueUsed[cue.firstTok()] = true;
      return Clauses.record(run, at, end, f);
    }
    if (Clauses.isWholeQuote(run, from, comma) || shortLead && (resume < 0 || end - resume < 3)) {
      return null; // "After a long flight, he said …" fronts a phrase, not a clause
    }
    int[] span = Clauses.span(run, from, comma);
    if (resume >= 0) {
      span = Continuation.concat(span, Clauses.span(run, resume, end));
    }
    QuoteKind kind = Clauses.kind(run, from, comma) == QuoteKind.MIXED
        || resume >= 0 && Clauses.kind(run, resume, end) == QuoteKind.MIXED
        ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    Found f = run.found(kind, span, cue, speaker, NAME, cue.risky() ? 0.6 : 0.85);
    run.cueUsed[cue.firstTok()] = true;
    if (resume >= 0) {
      Clauses.consume(run, resume, end, f);
    }
    return Clauses.record(run, from, comma, f);
  }

  /**
   * Where a speaker phrase starts once the modifiers the parser left out are counted: {@code ...,
   * Israeli officials said}, {@code ..., state election officials said}.
   */
  private static int modifiersBefore(DocumentRun run, int first, int floor) {
    TextDocument doc = run.doc;
    int k = first;
    while (k - 1 > floor && first - k < 3 && Words.isWord(doc, k - 1)
        && !run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, k - 1))
        && !Words.AUXILIARIES.contains(Words.lower(doc, k - 1))
        && !Words.CLAUSE_OPENERS.contains(Words.lower(doc, k - 1))
        && !Words.PREPOSITIONS.contains(Words.lower(doc, k - 1))
        && !Words.FUNCTION_WORDS.contains(Words.lower(doc, k - 1))) {
      k--;
    }
    return Words.isPunct(doc, k - 1, ',') ? k : first;
  }

  private static int firstComma(TextDocument doc, int from, int end) {
    for (int t = Math.max(from, 0); t < end; t++) {
      if (Words.isPunct(doc, t, ',')) {
        return t;
      }
    }
    return -1;
  }

  /** What follows a closing frame's comma without continuing the report: {@code , adding …}. */
  private static boolean startsAside(TextDocument doc, int t) {
    String w = Words.lower(doc, t);
    return w.endsWith("ing") || w.equals("as") || w.equals("while") || w.equals("since")
        || w.equals("because") || w.equals("although") || w.equals("though") || w.equals("when")
        || w.equals("after") || w.equals("before") || w.equals("but") || w.equals("and")
        || w.equals("who") || w.equals("which") || w.equals("according") || w.equals("in")
        || w.equals("on") || w.equals("at") || w.equals("during") || w.equals("a")
        || w.equals("an") || w.equals("the") || Words.isCapitalised(doc, t);
  }

  /** Words after {@code A, Ruiz said,} that open the frame's own adjunct, not the rest of the report. */
  private static final java.util.Set<String> FRAME_ASIDES = java.util.Set.of("as", "when", "after",
      "before", "who", "which", "according", "in", "on", "at", "during", "adding", "noting");

  /**
   * What follows {@code A, Ruiz said,} without continuing the report: a participle, a relative
   * clause or a phrase of time or place ({@code , adding …}, {@code , in an interview}). Unlike
   * {@link #startsAside}, an article, a name or a conjunction carries the report on, since no
   * appositive of the speaker can stand there: {@code The trucks were old, she said, and the roof
   * leaked}, {@code At the time, he said, the mill was losing money} (two pieces, as the news corpus
   * marks them).
   */
  private static boolean startsFrameAside(TextDocument doc, int t) {
    String w = Words.lower(doc, t);
    return w.endsWith("ing") || FRAME_ASIDES.contains(w) || Words.TIME_WORDS.contains(w);
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
