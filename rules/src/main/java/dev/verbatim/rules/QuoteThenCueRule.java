package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The speaker follows the quote, before or after the cue, and the quote may go on after the cue
 * frame as a second piece:
 *
 * <pre>
 *   “We will not back down,” Navarro explained.
 *   “We will not back down,” said Gov. Ana Ruiz.
 *   “We will not back down,” Ruiz, a spokeswoman for the ministry, said Tuesday.
 *   “Why now?” she asked.
 *   “We will not back down,” Ruiz said, “not this year.”        (one quote, two pieces)
 *   “We will not back down,” Ruiz said. “Not this year.”        (one quote, two pieces)
 *   The ministry “will not back down,” Ruiz said.                (mixed: the clause it ends)
 * </pre>
 */
final class QuoteThenCueRule implements QuoteRule {
  static final String NAME = "quote-then-cue";
  /** How far past the quote a cue may stand, to allow long appositives. */
  private static final int REACH = 40;

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int close = run.closeTok[q.id()];
    if (close < 0) {
      return null;
    }
    int s = run.sentenceOfToken(close);
    int t = close + 1;
    if (Words.isPunct(doc, t, ',')) {
      t++;
    }
    if (t >= doc.tokenCount() || Words.isQuoteMark(doc, t)) {
      return null;
    }
    int limit = doc.sentenceEndToken(s);
    boolean readOn = t >= limit;
    if (readOn) {
      // "“Why now?” Ruiz asked." may be split after the question mark: read on into a frame.
      if (s + 1 >= doc.sentenceCount()
          || doc.sentenceParagraph(s + 1) != doc.sentenceParagraph(s)) {
        return null;
      }
      s++;
      limit = Math.min(doc.sentenceEndToken(s), t + 12);
    }
    int stop = Math.min(limit, t + REACH);
    for (int k = t; k < stop; k++) {
      if (run.quoteAt[k] >= 0) {
        stop = k;
        break;
      }
    }
    Cue cue = run.firstCue(s, t, stop);
    if (cue == null || cue.kind() == Cue.Kind.SOURCE_AFTER || cue.kind() == Cue.Kind.SLOT) {
      return null;
    }
    int lead = fragmentStart(run, q);
    if (lead >= 0 && readOn) {
      return null; // "Lee called the delays “unacceptable.” Park wrote …": the next sentence is its own
    }
    if (readOn && cue.endTok() < limit && Words.lower(doc, cue.endTok()).equals("that")) {
      return null; // "… coordinated.” She added that …": the cue opens a report of its own
    }
    Mention speaker;
    int frameEnd;
    if (cue.firstTok() == t) {
      if (cue.gerund()) {
        return null; // "…,” adding that …" continues another frame
      }
      speaker = run.ctx.subjects.after(doc, cue.endTok(), stop);
      if (speaker == null) {
        speaker = LooseSpeaker.after(run, cue.endTok(), stop);
      }
      if (speaker == null) {
        return null;
      }
      frameEnd = speaker.endTok();
    } else {
      // Read on into the next sentence only when it opens with the frame: "To which she said, …"
      // starts a new report.
      speaker = leadingSpeaker(run, t, cue, !readOn);
      if (speaker == null && !readOn) {
        speaker = LooseSpeaker.before(run, t, cue.firstTok());
      }
      if (speaker == null) {
        return null;
      }
      frameEnd = cue.endTok();
    }
    if (lead >= 0 && !readOn && reportFollows(run, frameEnd, Clauses.clauseEnd(doc, s))) {
      return null; // "On the network's “Morning Hour,” Holt said the plan was dead."
    }
    if (!readOn) { // the next sentence's cue may still open a report of its own
      run.cueUsed[cue.firstTok()] = true;
    }
    if (lead >= 0) {
      Found f = run.found(QuoteKind.MIXED, new int[] {doc.tokenStart(lead), q.end()}, cue, speaker,
          NAME, 0.8);
      return Clauses.record(run, lead, close + 1, f);
    }
    int[] spans = DocumentRun.spansOf(q);
    QuoteSpan next = Continuation.after(run, frameEnd, s);
    if (next != null) {
      run.direct[next.id()] = new Found(QuoteKind.DIRECT, new int[0], -1, -1, null, NAME, 0);
      spans = Continuation.concat(spans, DocumentRun.spansOf(next));
    }
    return run.found(QuoteKind.DIRECT, spans, cue, speaker, NAME, 0.95);
  }

  /**
   * Whether the cue frame ending before token {@code from} goes on with a reported clause of its
   * own, so that a quoted title in the phrase before it is no part of the report: {@code Speaking on
   * the network's “Morning Hour,” Holt said the plan was dead}, {@code In a letter to the “Daily
   * Ledger,” Holt wrote that ...}.
   */
  private static boolean reportFollows(DocumentRun run, int from, int end) {
    TextDocument doc = run.doc;
    int j = Subjects.skipTime(doc, from, end);
    if (end - j < 3 || !Words.isWord(doc, j)) {
      return false;
    }
    return doc.tokenLowerIs(j, "that") || FiniteClause.opensAt(run, j, end)
        || MentionParser.SUBJECT_PRONOUNS.contains(Words.lower(doc, j))
        && !doc.tokenLowerIs(j, "it") && !doc.tokenLowerIs(j, "you");
  }

  /**
   * Where the reported clause starts when the quote only ends it, as in {@code The plan “cannot
   * work,” Ruiz said.} (a mixed quote), or -1 when the quote opens its sentence or follows a colon
   * or comma.
   */
  private static int fragmentStart(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int open = run.openTok[q.id()];
    int first = doc.sentenceFirstToken(run.sentenceOfToken(open));
    if (Words.isQuoteMark(doc, first) || Words.isDash(doc, first)) {
      first++;
    }
    if (Words.CLAUSE_OPENERS.contains(Words.lower(doc, first))) {
      first++;
    }
    if (open <= first || !Words.isWord(doc, open - 1) && doc.tokenType(open - 1)
        != TextDocument.NUMBER) {
      return -1;
    }
    for (int k = first; k < open; k++) {
      if (run.quoteAt[k] >= 0) {
        return -1;
      }
    }
    return first;
  }

  /**
   * The speaker standing right after the quote and before its cue, with any aside between:
   * {@code ” Ruiz, a spokeswoman for the ministry who joined in May, said}.
   */
  private static @Nullable Mention leadingSpeaker(DocumentRun run, int t, Cue cue,
      boolean loose) {
    TextDocument doc = run.doc;
    Mention m = run.ctx.mentions.parseAt(doc, t, cue.firstTok());
    if (m != null) {
      int k = m.endTok();
      while (k < cue.firstTok() && (Words.AUXILIARIES.contains(Words.lower(doc, k))
          || Words.isPunct(doc, k, '.'))) {
        k++;
      }
      if (k == cue.firstTok() || Words.isPunct(doc, k, ',') || Words.isPunct(doc, k, '(')
          || Words.isDash(doc, k)) {
        return m;
      }
    }
    Mention before = loose ? run.ctx.subjects.before(doc, cue.firstTok(), t) : null;
    return before != null && before.firstTok() - t <= 4 ? before : null;
  }
}
