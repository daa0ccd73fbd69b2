package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A dash names the speaker after the quote, and nothing else follows on its line:
 *
 * <pre>
 *   “Never again.” — Sen. Joan Park
 * </pre>
 */
final class DashRule implements QuoteRule {
  static final String NAME = "dash-attribution";

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int close = run.closeTok[q.id()];
    if (close < 0 || !Words.isDash(doc, close + 1) || !opensSentence(run, q)) {
      return null;
    }
    int p = doc.paragraphAt(q.end());
    int paraEnd = doc.tokenAtOrAfter(doc.paragraphEnd(p));
    Mention m = run.ctx.mentions.parseAt(doc, close + 2, paraEnd);
    if (m == null) {
      return null;
    }
    int after = m.endTok();
    if (after < paraEnd && !Words.isPunct(doc, after, ',') && !Words.isPunct(doc, after, '.')
        && doc.text().substring(m.end(), doc.tokenStart(after)).indexOf('\n') < 0) {
      return null;
    }
    int dash = close + 1;
    return new Found(QuoteKind.DIRECT, DocumentRun.spansOf(q), doc.tokenStart(dash),
        doc.tokenEnd(dash), m, NAME, 0.85);
  }

  /** The quote stands alone: it opens its sentence, as a quote signed with a dash does. */
  private static boolean opensSentence(DocumentRun run, QuoteSpan q) {
    int open = run.openTok[q.id()];
    return open == run.doc.sentenceFirstToken(run.sentenceOfToken(open));
  }
}
