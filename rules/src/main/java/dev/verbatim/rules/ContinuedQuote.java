package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;

/**
 * A quotation that goes on in the next paragraph with no cue of its own is one quotation with a
 * further piece, the news convention for a speaker quoted over several paragraphs:
 *
 * <pre>
 *   “We are not leaving,” Rosa Delgado said on Monday.
 *
 *   “This is our home, and we will defend it against anyone.”        (one quote, two pieces)
 * </pre>
 *
 * It continues only a direct quote with a speaker that is the latest attribution before it: a
 * reported clause or another quotation in between ends the run, and the paragraph then floats on
 * its own ({@link EnglishRules}). Stateless.
 */
final class ContinuedQuote {
  private ContinuedQuote() {}

  /**
   * Whether {@code q} opens the paragraph right after the end of {@code previous}, or follows it in
   * the same paragraph with no cue of a coordinated clause between ({@code said, and Lee replied.
   * “…”} is Lee's; {@code said Ruiz, who says she will run. “…”} goes on).
   */
  static boolean continues(DocumentRun run, Found previous, QuoteSpan q) {
    TextDocument doc = run.doc;
    if (previous.kind() != QuoteKind.DIRECT || previous.speaker() == null
        || previous.spans().length == 0) {
      return false;
    }
    int end = previous.spans()[previous.spans().length - 1];
    int gap = doc.paragraphAt(q.start()) - doc.paragraphAt(end - 1);
    if (gap != 0) {
      return gap == 1;
    }
    int from = doc.tokenAtOrAfter(end);
    int to = run.openTok[q.id()];
    for (int s = run.sentenceOfToken(from); s <= run.sentenceOfToken(to); s++) {
      for (Cue c : run.cues(s)) {
        if (c.firstTok() >= from && c.firstTok() < to && saying(c)
            && run.cueStart(c) != previous.cueStart()
            && FrameTail.coordinated(doc, from, c.firstTok())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A finite verb of saying or writing: manner and risky verbs are too often nouns here. */
  private static boolean saying(Cue c) {
    return c.kind() == Cue.Kind.VERB && c.verb() != null && !c.gerund()
        && (c.verb().cueClass() == Lexicons.CueClass.SPEECH
        || c.verb().cueClass() == Lexicons.CueClass.WRITING);
  }

  /** {@code previous} with the pieces of {@code q} after its own. */
  static Found merge(Found previous, QuoteSpan q) {
    return new Found(previous.kind(), Continuation.concat(previous.spans(), DocumentRun.spansOf(q)),
        previous.cueStart(), previous.cueEnd(), previous.speaker(), previous.rule(),
        previous.confidence());
  }
}
