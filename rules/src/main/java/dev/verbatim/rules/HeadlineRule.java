package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A headline, the document's first paragraph standing alone on its line, that gives a speaker and
 * what they said in headline style: a name and a colon, or title case with a capitalised cue verb.
 *
 * <pre>
 *   Ruiz: County Cannot Afford Another Bridge        → Ruiz: "County Cannot Afford Another Bridge"
 *   Mayor Ruiz Says Bridge Will Open in May          → Mayor Ruiz: "Bridge Will Open in May"
 * </pre>
 *
 * Only the first paragraph is read, and only when it is one short sentence: a colon after a name
 * elsewhere is a table row or an interview's label. Stateless and thread-safe.
 */
final class HeadlineRule {
  static final String NAME = "headline";
  /** A headline is short; a longer first paragraph is body text. */
  private static final int MAX_TOKENS = 30;
  /** How many tokens the speaker may span before the colon or cue. */
  private static final int REACH = 6;

  /** The headline's attribution, or null when the first paragraph is none. */
  @Nullable Found apply(DocumentRun run) {
    TextDocument doc = run.doc;
    if (doc.sentenceCount() == 0 || doc.paragraphCount() == 0) {
      return null;
    }
    int floor = doc.sentenceFirstToken(0);
    int end = Clauses.clauseEnd(doc, 0);
    int paragraphEnd = doc.paragraphEnd(0);
    if (end - floor > MAX_TOKENS || end <= floor
        || doc.sentenceCount() > 1 && doc.tokenStart(doc.sentenceFirstToken(1)) < paragraphEnd) {
      return null;
    }
    for (int t = floor + 1; t < Math.min(end, floor + REACH + 1); t++) {
      if (run.quoteAt[t] >= 0) {
        return null;
      }
      boolean colon = Words.isPunct(doc, t, ':');
      Lexicons.CueVerb verb = Words.isWord(doc, t) && Words.isCapitalised(doc, t)
          ? run.ctx.lex.cueVerbs.get(Words.lower(doc, t)) : null;
      boolean said = verb != null && !verb.gerund() && (verb.cueClass() == Lexicons.CueClass.SPEECH
          || verb.cueClass() == Lexicons.CueClass.WRITING);
      if (!colon && !said) {
        continue;
      }
      int from = t + 1;
      if (end - from < 3 || run.quoteAt[from] >= 0 && Clauses.isWholeQuote(run, from, end)) {
        return null; // a quotation after the colon is the colon rule's
      }
      Mention speaker = run.ctx.mentions.parseAt(doc, floor, t);
      if (speaker == null || speaker.endTok() != t || !Words.isCapitalised(doc, floor)
          || speaker.type() != Mention.Type.NAME && speaker.type() != Mention.Type.ORG) {
        return null;
      }
      Found f = new Found(Clauses.kind(run, from, end), Clauses.span(run, from, end),
          doc.tokenStart(t), doc.tokenEnd(t), speaker, NAME, 0.6);
      return Clauses.record(run, from, end, f);
    }
    return null;
  }
}
