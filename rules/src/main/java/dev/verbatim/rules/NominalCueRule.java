package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.rules.Lexicons.Noun;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A noun of saying or thinking whose possessor speaks, with what is reported after it:
 *
 * <pre>
 *   Critics mocked his claim that the plant would reopen.    → he: "that the plant would reopen"
 *   Park's view is that the county should pay.              → Park's: "that the county should pay"
 *   Their fear is that the vote will come too late.         → Their: "that the vote will come too late"
 * </pre>
 *
 * The nouns and the words that open their reports are data ({@code speech-nouns.txt}). Runs after
 * the verb rules of each sentence and never inside a report they found. Stateless and thread-safe.
 */
final class NominalCueRule {
  static final String NAME = "nominal-cue";
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
  private static final Set<String> BE = Set.of("is", "was", "remains", "has been");
  /** Words a possessor may put between itself and its noun: {@code his repeated claim}. */
  private static final int MODIFIERS = 2;

  /** Finds the nominal reports of sentence {@code s}. */
  void apply(DocumentRun run, int s) {
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    for (int t = floor; t < end; t++) {
      if (!Words.isWord(doc, t) || run.quoteAt[t] >= 0) {
        continue;
      }
      // Possessive pronouns are determiners: most words are neither and need no string made.
      boolean pronoun = run.ctx.classes.any(doc, t, WordClasses.DETERMINER)
          && POSSESSIVE_PRONOUNS.contains(Words.lower(doc, t));
      if (!pronoun && !(Words.isCapitalised(doc, t) && Words.isPossessive(doc, t))) {
        continue;
      }
      Found f = at(run, t, pronoun, floor, end);
      if (f != null) {
        int last = doc.tokenAtOrAfter(f.spans()[f.spans().length - 1] - 1);
        t = Math.max(t, last);
      }
    }
  }

  private @Nullable Found at(DocumentRun run, int p, boolean pronoun, int floor, int end) {
    TextDocument doc = run.doc;
    for (int n = p + 1; n < end && n <= p + 1 + MODIFIERS; n++) {
      if (!Words.isWord(doc, n) || Words.isCapitalised(doc, n)
          || Words.isPossessive(doc, n)) {
        return null; // "his campaign's claim": the nearer possessor is the speaker
      }
      var frames = run.ctx.lex.speechNouns.get(Words.lower(doc, n));
      if (frames == null) {
        if (run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, n))
            || Words.PREPOSITIONS.contains(Words.lower(doc, n))) {
          return null;
        }
        continue;
      }
      int j = n + 1;
      if (j >= end) {
        return null;
      }
      String next = Words.lower(doc, j);
      int from;
      if (next.equals("that") && frames.contains("that")) {
        from = j;
      } else if (BE.contains(next) && j + 1 < end && Words.lower(doc, j + 1).equals("that")
          && frames.contains("is-that")) {
        from = j + 1;
      } else if (Words.PREPOSITIONS.contains(next) && frames.contains(next)) {
        from = j + 1;
      } else {
        return null;
      }
      if (Clauses.insideClause(run, p) || Clauses.insideClause(run, from)) {
        return null;
      }
      int stop = stop(run, from, end);
      if (stop - from < 2) {
        return null;
      }
      Mention speaker = possessor(run, p, pronoun, floor);
      if (speaker == null) {
        return null;
      }
      Cue cue = new Cue(n, n + 1, Cue.Kind.SLOT, null, p, p + 1);
      QuoteKind kind = Clauses.kind(run, from, stop);
      Found f = run.found(kind, Clauses.span(run, from, stop), cue, speaker, NAME, 0.5);
      return Clauses.record(run, from, stop, f);
    }
    return null;
  }

  /** Words after a comma that end the report: another clause or an aside begins. */
  private static final Set<String> AFTER_COMMA = Set.of("but", "while", "which", "who", "and",
      "as", "although", "though", "because", "according", "whereas");

  /**
   * The report ends at a semicolon, colon, dash or bracket outside quotations, or at a comma before
   * a clause of its own ({@code , but ...}, {@code , which ...}, {@code , saying ...}).
   */
  private static int stop(DocumentRun run, int from, int end) {
    TextDocument doc = run.doc;
    for (int t = from; t < end; t++) {
      if (run.quoteAt[t] >= 0) {
        continue;
      }
      if (Words.isPunct(doc, t, ';') || Words.isPunct(doc, t, ':') || Words.isPunct(doc, t, '(')
          || Words.isDash(doc, t)) {
        return t;
      }
      if (Words.isPunct(doc, t, ',') && t + 1 < end && (AFTER_COMMA.contains(Words.lower(doc, t + 1))
          || Words.lower(doc, t + 1).endsWith("ing"))) {
        return t;
      }
    }
    return end;
  }

  /** The possessor as a speaker mention: {@code his}, {@code Gov. Ana Ruiz's}. */
  private static @Nullable Mention possessor(DocumentRun run, int p, boolean pronoun, int floor) {
    TextDocument doc = run.doc;
    if (pronoun) {
      String w = Words.lower(doc, p);
      Noun noun = run.ctx.lex.pronouns.get(w);
      if (noun == null) {
        return null;
      }
      return MentionParser.mention(doc, p, p + 1, Mention.Type.PRONOUN, noun.gender(),
          noun.plural(), w, doc.tokenText(p));
    }
    for (int k = Math.max(floor, p - 4); k <= p; k++) {
      Mention m = run.ctx.mentions.parseAt(doc, k, p + 1);
      if (m != null && m.endTok() == p + 1 && !m.isPronoun()) {
        return m;
      }
    }
    return null;
  }
}
