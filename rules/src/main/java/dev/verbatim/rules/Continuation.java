package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * Finds the second piece of an interrupted quote: the quotation that resumes right after the cue
 * frame, in the same sentence ({@code said, “…”}) or opening the next one in the same paragraph
 * ({@code said. “…”}) when it has no cue of its own. Stateless.
 */
final class Continuation {
  private Continuation() {}

  static @Nullable QuoteSpan after(DocumentRun run, int frameEnd, int s) {
    TextDocument doc = run.doc;
    int limit = doc.sentenceEndToken(s);
    int t = Subjects.skipTime(doc, frameEnd, limit);
    t = skipRelative(run, s, t, limit);
    int aside = asideEnd(run, t, limit);
    if (aside > t) {
      t = aside; // "said during a rally in Ohio, “…”", "said, referring to the bill, “…”"
    } else if (Words.isPunct(doc, t, ',') || Words.isPunct(doc, t, ':')) {
      t++;
    } else if (endsWithStop(doc, t) && t + 1 == limit && s + 1 < doc.sentenceCount()
        && doc.sentenceParagraph(s + 1) == doc.sentenceParagraph(s)) {
      t++;
    } else {
      return null;
    }
    if (t >= doc.tokenCount() || run.quoteAt[t] < 0) {
      return null;
    }
    QuoteSpan q = doc.quotes().get(run.quoteAt[t]);
    if (run.openTok[q.id()] != t || run.direct[q.id()] != null || !run.speechLike[q.id()]) {
      return null;
    }
    return hasOwnCue(run, q) || !endsSentence(run, q) ? null : q;
  }

  /** Longest frame tail, in tokens, that may stand between a quote's cue and its resumption. */
  private static final int TAIL = 60;

  /**
   * Skips a phrase that closes the sentence after the frame up to its final stop: an adjunct
   * ({@code during a rally in Ohio.}, {@code on “Meet the Press.”}), a relative clause ({@code , who
   * had pushed for it.}, {@code , who said he would vote.}) or a participle ({@code , drawing
   * cheers.}, {@code when asked about the vote.}). Returns {@code t} when the rest of the sentence
   * holds a quotation of speech or a cue in a clause coordinated with the frame ({@code , and Lee
   * replied.}); a cue word elsewhere in the tail is a noun ({@code in a Friday post}, {@code to loud
   * cheers}) or subordinate ({@code , who said he would vote}).
   */
  private static int skipRelative(DocumentRun run, int s, int t, int limit) {
    TextDocument doc = run.doc;
    if (t >= limit - 1 || limit - t > TAIL) {
      return t;
    }
    for (int k = t; k < limit - 1; k++) {
      int q = run.quoteAt[k];
      if (q >= 0 && run.speechLike[q] && !FrameTail.isTitle(run, q)) {
        return t; // a title such as "Meet the Press" is part of the frame; a second quotation is not
      }
    }
    // "…, in a statement." is part of the same frame; a verb of saying in a clause joined by "and"
    // or "but" starts another report (the sentence's cues, so that "the state university" is no verb)
    for (Cue c : run.cues(s)) {
      if (c.firstTok() >= t && c.firstTok() < limit && c.kind() == Cue.Kind.VERB
          && FrameTail.coordinated(doc, t, c.firstTok())) {
        return t;
      }
    }
    return endsWithStop(doc, limit - 1) ? limit - 1 : t;
  }

  /** A full stop at {@code t}, or a closing mark right after one: {@code on “Meet the Press.”}. */
  private static boolean endsWithStop(TextDocument doc, int t) {
    return Words.isPunct(doc, t, '.')
        || t > 0 && Words.isQuoteMark(doc, t) && Words.isPunct(doc, t - 1, '.');
  }

  /**
   * The token after a short aside that ends in a comma right before a resumed quote, or {@code t}
   * when there is none. The aside may hold no cue and no other quotation.
   */
  private static int asideEnd(DocumentRun run, int t, int limit) {
    TextDocument doc = run.doc;
    for (int k = t; k < Math.min(limit, t + 14); k++) {
      if (run.quoteAt[k] >= 0) {
        return k > t && Words.isPunct(doc, k - 1, ',') && run.openTok[run.quoteAt[k]] == k
            ? k : t;
      }
      Cue c = k > t ? run.ctx.cues.at(doc, k, limit) : null;
      if (c != null && !c.risky()) {
        return t; // "said, adding later, “…”" opens a second report
      }
    }
    return t;
  }

  /** A resumed quote runs to its sentence's end: {@code said. “…”} but not {@code “…” to do X}. */
  static boolean endsSentence(DocumentRun run, QuoteSpan q) {
    int close = run.closeTok[q.id()];
    if (close < 0) {
      return true;
    }
    int s = run.sentenceOfToken(close);
    int end = run.doc.sentenceEndToken(s);
    int k = close + 1;
    while (k < end && (Words.isPunct(run.doc, k, '.') || Words.isPunct(run.doc, k, '!')
        || Words.isPunct(run.doc, k, '?'))) {
      k++;
    }
    return k >= end;
  }

  /** Whether a cue follows the quote in its sentence: {@code “…,” she added.} */
  private static boolean hasOwnCue(DocumentRun run, QuoteSpan q) {
    int close = run.closeTok[q.id()];
    if (close < 0) {
      return false;
    }
    int s = run.sentenceOfToken(close);
    int end = Math.min(run.doc.sentenceEndToken(s), close + 8);
    return run.firstCue(s, close + 1, end) != null;
  }

  static int[] concat(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
