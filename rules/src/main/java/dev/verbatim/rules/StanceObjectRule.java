package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stance verb whose object is itself what is reported, up to the first comma, time phrase or
 * second verb:
 *
 * <pre>
 *   The union criticized the new schedule on Monday.     → "the new schedule"
 *   Ruiz vowed to appeal the ruling, calling it unfair.   → "to appeal the ruling"
 *   The council called for an independent inquiry.       → "an independent inquiry"
 *   The mayor endorsed Ruiz and has joined her campaign.  → "Ruiz"
 * </pre>
 *
 * A risky verb whose subject is a document or finding reports its object the same way: {@code The
 * survey found broad support for the plan} → "broad support for the plan".
 *
 * <p>Runs after {@link ReportedClauseRule}, which takes the same verbs with a clause ({@code
 * criticized that ...}). Stateless and thread-safe.
 */
final class StanceObjectRule implements ClauseRule {
  static final String NAME = "stance-object";
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");
  /** Words that open an adverbial clause or phrase after the object. */
  private static final Set<String> ADVERBIAL = Set.of("because", "after", "before", "when",
      "while", "during", "following", "despite", "amid", "since", "until", "although",
      "though", "whereas", "if", "unless");

  /** Words after a comma that carry the object on. */
  private static final Set<String> LIST_GOES_ON = Set.of("including", "such", "especially",
      "particularly", "notably");

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    boolean progressive = cue.gerund() && progressive(doc, cue.firstTok(), floor);
    if (!cue.risky() || cue.kind() != Cue.Kind.VERB
        || cue.gerund() && !CueSpeaker.participle(doc, cue.firstTok()) && !progressive
        || Clauses.insideClause(run, cue.firstTok())
        || !progressive && CueSpeaker.passive(doc, cue.firstTok(), floor)) {
      return null;
    }
    Mention speaker = run.speakerOf(s, cue);
    if (speaker == null || !cue.stance() && !isDocument(run, speaker)) {
      return null;
    }
    int end = Clauses.clauseEnd(doc, s);
    int j = Subjects.skipTime(doc, cue.endTok(), end);
    if (j >= end || !Words.isWord(doc, j) && run.quoteAt[j] < 0
        && doc.tokenType(j) != TextDocument.NUMBER
        || Words.PREPOSITIONS.contains(Words.lower(doc, j)) && !Words.lower(doc, j).equals("to")) {
      return null; // "the attacks in Paris": an object never opens with a preposition
    }
    int stop = objectStop(run, j, end);
    if (stop <= j) {
      return null;
    }
    QuoteKind kind = Clauses.kind(run, j, stop);
    Found f = run.found(kind, Clauses.span(run, j, stop), cue, speaker, NAME, 0.55);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, j, stop, f);
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "am");

  /**
   * An -ing cue after a form of "be", adverbs between: {@code Ruiz was referring to the port deal},
   * {@code they are still calling for calm}. The subject before "be" speaks.
   */
  static boolean progressive(TextDocument doc, int t, int floor) {
    int k = t - 1;
    while (k > floor && Words.isWord(doc, k) && Words.lower(doc, k).endsWith("ly")) {
      k--;
    }
    if (k > floor && Words.isWord(doc, k) && Words.lower(doc, k).equals("still")) {
      k--;
    }
    return k > floor && Words.isWord(doc, k) && BE.contains(Words.lower(doc, k));
  }

  /** A document or finding as the subject turns any risky verb into a report: {@code the poll showed}. */
  private static boolean isDocument(DocumentRun run, Mention m) {
    return !m.isPronoun() && run.ctx.lex.documentHeads.contains(
        Words.baseKey(run.doc, m.endTok() - 1));
  }

  /** Where the object ends: punctuation outside quotations, a time phrase, a second verb. */
  private static int objectStop(DocumentRun run, int from, int end) {
    TextDocument doc = run.doc;
    for (int t = from; t < end; t++) {
      int q = run.quoteAt[t];
      if (q >= 0 && run.openTok[q] == t && run.closeTok[q] > t) {
        t = Math.min(run.closeTok[q], end - 1); // a quoted label is part of the object
        continue;
      }
      if (Words.isPunct(doc, t, ',') && t + 1 < end && (LIST_GOES_ON.contains(Words.lower(doc, t + 1))
          || Words.isCapitalised(doc, t - 1) && Words.isCapitalised(doc, t + 1))) {
        continue; // "several factors, including ...", "Indiana, Michigan and Ohio"
      }
      if (Words.isPunct(doc, t, ',') || Words.isPunct(doc, t, ';') || Words.isPunct(doc, t, ':')
          || Words.isPunct(doc, t, '(') || Words.isPunct(doc, t, ')') || Words.isDash(doc, t)) {
        return t;
      }
      if (t == from) {
        continue;
      }
      String w = Words.lower(doc, t);
      if (ADVERBIAL.contains(w) || timeStarts(doc, t, end)) {
        return t;
      }
      if ((w.equals("and") || w.equals("but")) && t + 1 < end && verbish(run, t + 1)) {
        return t;
      }
    }
    return end;
  }

  private static boolean timeStarts(TextDocument doc, int t, int end) {
    String w = Words.lower(doc, t);
    String next = t + 1 < end ? Words.lower(doc, t + 1) : "";
    if ((next.equals("early") || next.equals("late") || next.equals("mid")) && t + 2 < end) {
      next = Words.lower(doc, t + 2); // "in early June"
    }
    boolean timeNext = Words.TIME_WORDS.contains(next) || MONTHS.contains(next);
    return switch (w) {
      case "last", "this", "next", "earlier", "on", "in", "late", "early" -> timeNext;
      case "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday" -> true;
      default -> false;
    };
  }

  private static boolean verbish(DocumentRun run, int t) {
    TextDocument doc = run.doc;
    if (!Words.isWord(doc, t) || Words.isCapitalised(doc, t)) {
      return false;
    }
    String w = Words.lower(doc, t);
    return Words.AUXILIARIES.contains(w) || w.endsWith("ed") || w.endsWith("ly")
        || run.ctx.lex.cueVerbs.containsKey(w);
  }
}
