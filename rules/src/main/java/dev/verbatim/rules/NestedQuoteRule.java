package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quote inside a quote belongs to whoever a cue inside the outer quote names; without such a cue
 * it is part of the outer quote and no attribution of its own:
 *
 * <pre>
 *   “Park told me ‘we won,’ and then the lights went out,” Lee said.   (inner: Park)
 * </pre>
 */
final class NestedQuoteRule implements QuoteRule {
  static final String NAME = "nested-quote";

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    if (q.parent() < 0 || !run.speechLike[q.id()]) {
      return null;
    }
    TextDocument doc = run.doc;
    QuoteSpan parent = doc.quotes().get(q.parent());
    int floor = doc.tokenAtOrAfter(parent.start()) + 1;
    int open = doc.tokenAtOrAfter(q.start());
    if (open <= floor) {
      return null;
    }
    List<Cue> cues = run.ctx.cues.find(doc, floor, open);
    if (cues.isEmpty()) {
      return null;
    }
    Cue cue = cues.get(cues.size() - 1);
    if (cue.risky()) {
      return null;
    }
    // Between cue and quote only a listener and punctuation: "told me", "said to us,"
    int gap = open - cue.endTok();
    if (gap > 4) {
      return null;
    }
    for (int t = cue.endTok(); t < open; t++) {
      if (Words.isWord(doc, t) && Words.isCapitalised(doc, t)) {
        return null;
      }
    }
    Mention speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
    if (speaker == null) {
      return null;
    }
    return run.found(QuoteKind.DIRECT, DocumentRun.spansOf(q), cue, speaker, NAME, 0.7);
  }
}
