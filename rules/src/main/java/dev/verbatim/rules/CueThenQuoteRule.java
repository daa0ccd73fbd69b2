package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The cue introduces the quote, after its speaker or after a participle of the main clause:
 *
 * <pre>
 *   Ruiz said: “We will not back down.”
 *   Ruiz said “we will not back down.”
 *   The minister spoke for an hour, saying “we will not back down.”
 *   Park welcomed the vote, adding: “It is a start.”
 * </pre>
 */
final class CueThenQuoteRule implements QuoteRule {
  static final String NAME = "cue-then-quote";

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int open = run.openTok[q.id()];
    int s = run.sentenceOfToken(open);
    int floor = doc.sentenceFirstToken(s);
    int t = open - 1;
    if (t >= floor && (Words.isPunct(doc, t, ':') || Words.isPunct(doc, t, ','))) {
      t--;
    }
    if (t < floor) {
      return null;
    }
    Cue cue = null;
    Mention inverted = null;
    for (Cue c : run.cues(s)) {
      if (c.firstTok() >= open) {
        break;
      }
      if (c.endTok() - 1 == t || c.endTok() - 1 < t && onlyTimeBetween(doc, c.endTok(), t + 1)) {
        cue = c;
        inverted = null;
      } else if (c.endTok() <= t) {
        // "Said Ellis: “…”"
        Mention m = run.ctx.subjects.after(doc, c.endTok(), open);
        if (m != null && m.endTok() == t + 1) {
          cue = c;
          inverted = m;
        }
      }
    }
    if (cue == null || cue.kind() == Cue.Kind.SOURCE_AFTER) {
      return null;
    }
    Mention speaker;
    if (inverted != null) {
      speaker = inverted;
    } else if (cue.gerund() && Words.isPunct(doc, cue.firstTok() - 1, ',')) {
      speaker = mainSubject(run, s, floor, cue.firstTok());
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
      if (speaker == null) {
        speaker = run.ctx.subjects.after(doc, cue.endTok(), open);
      }
    }
    if (speaker == null) {
      return null;
    }
    run.cueUsed[cue.firstTok()] = true;
    return run.found(QuoteKind.DIRECT, DocumentRun.spansOf(q), cue, speaker, NAME, 0.9);
  }

  /** Only time words, or a short "of"/"about" phrase, between cue and quote: {@code says of Ruiz,}. */
  private static boolean onlyTimeBetween(TextDocument doc, int from, int to) {
    int k = Subjects.skipTime(doc, from, to);
    if (k < to && (Words.lower(doc, k).equals("of") || Words.lower(doc, k).equals("about"))
        && to - k <= 6) {
      for (int j = k + 1; j < to; j++) {
        if (!Words.isWord(doc, j) && !Words.isPunct(doc, j, '.')) {
          return false;
        }
      }
      return true;
    }
    return k >= to;
  }

  /** The subject of the sentence's main clause, for a participle: its first cue's, or its first phrase. */
  static @Nullable Mention mainSubject(DocumentRun run, int s, int floor, int before) {
    for (Cue c : run.cues(s)) {
      if (c.firstTok() >= before) {
        break;
      }
      Mention m = run.ctx.subjects.before(run.doc, c.firstTok(), floor);
      if (m != null) {
        return m;
      }
    }
    for (int t = floor; t < Math.min(before, floor + 4); t++) {
      Mention m = run.ctx.mentions.parseAt(run.doc, t, before);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
