package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The speaker follows the quote, before or after the cue, and the quote may go on after the cue as a
 * second piece:
 *
 * <pre>
 *   “We will not back down,” Navarro explained.
 *   “We will not back down,” said Gov. Ana Ruiz.
 *   “We will not back down,” Ruiz, a spokeswoman for the ministry, said Tuesday.
 *   “We will not back down,” Ruiz said, “not this year.”      (one quote, two pieces)
 * </pre>
 */
final class QuoteThenCueRule implements QuoteRule {
  static final String NAME = "quote-then-cue";

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int close = run.closeTok[q.id()];
    if (close < 0) {
      return null;
    }
    int s = run.sentenceOfToken(close);
    int limit = doc.sentenceEndToken(s);
    int t = close + 1;
    if (Words.isPunct(doc, t, ',')) {
      t++;
    }
    if (t >= limit || Words.isQuoteMark(doc, t)) {
      return null;
    }
    // The cue must come before the next quotation and within an aside's length.
    int stop = Math.min(limit, t + 30);
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
    Mention speaker;
    int frameEnd;
    if (cue.firstTok() == t) {
      speaker = run.ctx.subjects.after(doc, cue.endTok(), stop);
      if (speaker == null) {
        return null;
      }
      frameEnd = speaker.endTok();
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), t);
      if (speaker == null || speaker.firstTok() > t + 1) {
        return null;
      }
      frameEnd = cue.endTok();
    }
    run.cueUsed[cue.firstTok()] = true;
    int[] spans = DocumentRun.spansOf(q);
    QuoteSpan next = continuation(run, frameEnd, limit);
    if (next != null) {
      run.direct[next.id()] = new Found(QuoteKind.DIRECT, new int[0], -1, -1, null, NAME, 0);
      int[] both = DocumentRun.spansOf(next);
      int[] merged = new int[spans.length + both.length];
      System.arraycopy(spans, 0, merged, 0, spans.length);
      System.arraycopy(both, 0, merged, spans.length, both.length);
      spans = merged;
    }
    return run.found(QuoteKind.DIRECT, spans, cue, speaker, NAME, 0.95);
  }

  /** The quote that continues after the cue frame, in the same sentence: {@code said, “…”}. */
  private static @Nullable QuoteSpan continuation(DocumentRun run, int frameEnd, int limit) {
    TextDocument doc = run.doc;
    int t = Subjects.skipTime(doc, frameEnd, limit);
    if (!Words.isPunct(doc, t, ',') && !Words.isPunct(doc, t, ':')) {
      return null;
    }
    t++;
    if (t >= doc.tokenCount() || run.quoteAt[t] < 0) {
      return null;
    }
    List<QuoteSpan> quotes = doc.quotes();
    QuoteSpan q = quotes.get(run.quoteAt[t]);
    return run.openTok[q.id()] == t ? q : null;
  }
}
