package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A name and a colon introduce the quote, with no verb: the layout of round-ups, captions and
 * question-and-answer pieces.
 *
 * <pre>
 *   Pollster Dana Whitfield: “The numbers moved after the debate.”
 *   The view from the union – Marta Osei: “Nobody asked us.”
 *   Ruiz went further on Tuesday: “If the plant closes, the town closes with it.”   (colon-frame)
 * </pre>
 */
final class ColonRule implements QuoteRule {
  static final String NAME = "name-colon";
  static final String FRAMED = "colon-frame";
  /** A quote a colon introduces without a verb of saying must be a statement, not a label. */
  private static final int FRAMED_WORDS = 6;
  /** How many tokens a speaker phrase before the colon may span. */
  private static final int REACH = 8;

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int open = run.openTok[q.id()];
    int colon = open - 1;
    int floor = doc.sentenceFirstToken(run.sentenceOfToken(open));
    if (colon <= floor || !Words.isPunct(doc, colon, ':') || !capitalisedInside(doc, q)) {
      return null;
    }
    Found named = named(run, q, colon, floor);
    if (named != null) {
      return named;
    }
    // "Ruiz went further: “…”": a clause ending in a colon introduces its subject's words
    if (Words.wordsIn(doc, q, false) < FRAMED_WORDS) {
      return null;
    }
    Mention subject = CueThenQuoteRule.mainSubject(run, run.sentenceOfToken(open), floor, colon);
    if (subject == null || subject.type() == Mention.Type.ORG && !Words.isCapitalised(doc,
        subject.firstTok())) {
      return null;
    }
    return new Found(QuoteKind.DIRECT, DocumentRun.spansOf(q), doc.tokenStart(colon),
        doc.tokenEnd(colon), subject, FRAMED, 0.6);
  }

  private static @Nullable Found named(DocumentRun run, QuoteSpan q, int colon, int floor) {
    TextDocument doc = run.doc;
    for (int k = Math.max(floor, colon - REACH); k < colon; k++) {
      if (run.quoteAt[k] >= 0) {
        continue;
      }
      Mention m = run.ctx.mentions.parseAt(doc, k, colon);
      if (m != null && m.endTok() == colon && Words.isCapitalised(doc, m.firstTok())
          && (m.type() == Mention.Type.NAME || m.type() == Mention.Type.ORG)) {
        return new Found(QuoteKind.DIRECT, DocumentRun.spansOf(q), doc.tokenStart(colon),
            doc.tokenEnd(colon), m, NAME, 0.7);
      }
    }
    return null;
  }

  /** A quoted sentence, not a label: its first letter is upper case. */
  private static boolean capitalisedInside(TextDocument doc, QuoteSpan q) {
    String text = doc.text();
    for (int i = q.innerStart(); i < q.innerEnd(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isUpperCase(text.charAt(i));
      }
    }
    return false;
  }
}
