package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A source-after cue, before, inside or after its clause:
 *
 * <pre>
 *   According to the ministry, the plant will close in May.
 *   The plant will close in May, according to two officials.
 *   In the end, according to the ministry, the plant will close.      (a short opener stays out)
 *   The plant, according to early results of the audit, will close.   (one report, two pieces)
 * </pre>
 *
 * When no speaker phrase can be read, the whole phrase up to the comma is the source: {@code
 * according to early results of the survey conducted for the council}, also when it ends the
 * sentence ({@code ..., according to state records.}).
 */
final class AccordingToRule implements ClauseRule {
  static final String NAME = "according-to";

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() != Cue.Kind.SOURCE_AFTER) {
      return null;
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    int comma = cue.endTok();
    while (comma < end && !Words.isPunct(doc, comma, ',') && !Words.isQuoteMark(doc, comma)) {
      comma++;
    }
    Mention speaker = run.ctx.mentions.parseAt(doc, cue.endTok(), end);
    if (speaker == null && (Words.isPunct(doc, comma, ',') || comma == end)
        && comma - cue.endTok() <= 20) {
      // "..., according to early returns.": the phrase up to its comma or the sentence's end
      speaker = phrase(doc, cue.endTok(), comma);
    }
    if (speaker == null) {
      return null;
    }
    int before = cue.firstTok();
    while (before > floor && Words.CLAUSE_OPENERS.contains(Words.lower(doc, before - 1))) {
      before--;
    }
    int lead = before > floor && Words.isPunct(doc, before - 1, ',') ? before - 1 : before;
    boolean after = Words.isPunct(doc, comma, ',') && end - (comma + 1) >= 3;
    int[] span;
    QuoteKind kind;
    boolean twoPieces = false;
    int from;
    int to;
    if (after && (lead == floor || lead - floor <= 4 || lead < before)) {
      // According to X, CLAUSE.  /  In the end, according to X, CLAUSE.  /  A, according to X, B.
      from = comma + 1;
      to = end;
      span = Clauses.span(run, from, to);
      kind = Clauses.isWholeQuote(run, from, to) ? QuoteKind.DIRECT : Clauses.kind(run, from, to);
      if (lead < before && lead - floor >= 2 && !(lead - floor <= 4 && isOpener(doc, floor))) {
        span = Continuation.concat(Clauses.span(run, floor, lead), span);
        if (Clauses.kind(run, floor, lead) == QuoteKind.MIXED) {
          kind = QuoteKind.MIXED;
        }
        twoPieces = true;
      }
    } else if (lead > floor) {
      from = floor;
      to = lead;
      if (to - from < 3) {
        return null;
      }
      span = Clauses.span(run, from, to);
      kind = Clauses.isWholeQuote(run, from, to) ? QuoteKind.DIRECT : Clauses.kind(run, from, to);
    } else {
      return null;
    }
    Found f = run.found(kind, span, cue, speaker, NAME, 0.85);
    run.cueUsed[cue.firstTok()] = true;
    if (twoPieces) {
      Clauses.consume(run, floor, lead, f);
    }
    return Clauses.record(run, from, to, f);
  }

  /** A fronted adverbial, not a clause: {@code In addition}, {@code For now}, {@code Still}. */
  private static boolean isOpener(TextDocument doc, int t) {
    String w = Words.lower(doc, t);
    return Words.PREPOSITIONS.contains(w) || Words.CLAUSE_OPENERS.contains(w);
  }

  /** The phrase between the cue and its comma as the source, when no speaker phrase reads there. */
  private static @Nullable Mention phrase(TextDocument doc, int from, int to) {
    if (to <= from || !Words.isWord(doc, from)) {
      return null;
    }
    String name = doc.text().substring(doc.tokenStart(from), doc.tokenEnd(to - 1));
    String lead = Words.lower(doc, from);
    if (lead.equals("the") || lead.equals("a") || lead.equals("an")) {
      name = doc.text().substring(doc.tokenStart(from + 1), doc.tokenEnd(to - 1));
    }
    return new Mention(doc.tokenStart(from), doc.tokenEnd(to - 1), from, to, Mention.Type.ORG,
        Lexicons.Gender.N, false, Lexicons.key(name), name);
  }
}
