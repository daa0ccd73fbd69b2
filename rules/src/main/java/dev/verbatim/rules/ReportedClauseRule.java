package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cue introduces a reported clause that runs to the end of the sentence:
 *
 * <pre>
 *   Ruiz said the plant would close.                  (indirect)
 *   Ruiz told reporters on Tuesday that the plant would close.
 *   Ruiz warned of job losses across the region.
 *   Ruiz said the talks had “collapsed completely” overnight.   (mixed)
 *   The minister left early, saying the talks were over.
 * </pre>
 *
 * Risky verbs ({@code believe}, {@code called}) count only before {@code that}, a colon or a quotation.
 */
final class ReportedClauseRule implements ClauseRule {
  static final String NAME = "cue-then-clause";
  private static final Set<String> LISTENER_VERBS = Set.of("tell", "inform", "assure", "remind",
      "warn", "convince", "advise", "notify", "brief", "promise", "ask", "urge", "caution");
  private static final Set<String> ABOUT = Set.of("of", "about", "against", "on");

  @Override
  public @Nullable Found apply(DocumentRun run, int s, Cue cue) {
    if (cue.kind() == Cue.Kind.SOURCE_AFTER || cue.risky() && Clauses.insideClause(run, cue.firstTok())) {
      return null;
    }
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    int end = Clauses.clauseEnd(doc, s);
    if (cue.kind() == Cue.Kind.VERB && !cue.gerund()
        && CueSpeaker.passive(doc, cue.firstTok(), floor)) {
      return null; // "he had been asked to keep them", "voters were told that": not the speaker
    }
    Mention speaker = run.speakerOf(s, cue);
    if (speaker == null) {
      return null;
    }
    int j = cue.endTok();
    String lemma = cue.verb() == null ? "" : cue.verb().lemma();
    if (cue.kind() == Cue.Kind.VERB && LISTENER_VERBS.contains(lemma) && j < end && !doc.tokenLowerIs(j, "that")
        && !Words.isPunct(doc, j, ':')) {
      Mention listener = run.ctx.mentions.parseAt(doc, j, end);
      if (listener != null) {
        j = listener.endTok();
      } else if (Words.isWord(doc, j) && !Words.isCapitalised(doc, j)) {
        j++; // me, us, him, reporters
      }
    }
    j = Subjects.skipTime(doc, j, end);
    int that = findThat(run, j, end);
    boolean framed = false;
    if (that >= 0) {
      j = that;
      framed = true;
    } else if (Words.isPunct(doc, j, ':')) {
      j++;
      framed = true;
    } else if (j < end && ABOUT.contains(Words.lower(doc, j)) && cue.kind() == Cue.Kind.VERB
        && !cue.risky()) {
      j++;
    }
    if (!framed && j < end && Words.PREPOSITIONS.contains(Words.lower(doc, j))
        && !ABOUT.contains(Words.lower(doc, j)) && !doc.tokenLowerIs(j, "to")
        && (Clauses.kind(run, j, end) == QuoteKind.INDIRECT || cue.kind() != Cue.Kind.VERB)) {
      return null; // "said in a statement.", "added with a smile": an adjunct, not a report
    }
    if (lemma.equals("continue") && !framed && j < end && (doc.tokenLowerIs(j, "to")
        || Words.lower(doc, j).endsWith("ing"))) {
      return null; // "the lead continues to grow": continuing, not speaking
    }
    if (j < end && !framed && adjunctOpens(run, j, end, lemma)) {
      return null; // "aides cheered as she was announced the winner", "smiled and waved"
    }
    if (j >= end || Words.isPunct(doc, j, ',') || Words.isPunct(doc, j, '.')
        || end - j < 3 || Clauses.isWholeQuote(run, j, end)) {
      return null;
    }
    int stop = clauseStop(run, s, j, FrontedSubordinate.stop(run, s, cue.firstTok(), j, end));
    if (cue.risky()) {
      stop = trailingPhrase(run, j, stop);
    }
    QuoteKind kind = Clauses.kind(run, j, stop);
    if ((cue.risky() || ObjectReading.applies(run, cue)) && !framed && kind != QuoteKind.MIXED
        && !finiteClause(run, j, stop) || stop - j < 2) {
      return null;
    }
    int[] span = Clauses.span(run, j, stop);
    Found f = run.found(kind, span, cue, speaker, NAME,
        cue.risky() ? 0.6 : 0.8);
    run.cueUsed[cue.firstTok()] = true;
    return Clauses.record(run, j, stop, f);
  }

  /** Words that open a time or reason clause, or join a second verb, where the content would be. */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("when", "while", "whenever", "after",
      "until", "because", "though", "although", "and", "or");

  private static final Set<String> QUESTION_VERBS = Set.of("ask", "wonder", "question",
      "inquire");

  /** Subject pronouns after {@code as} that make it a conjunction: {@code as he left}. */
  private static final Set<String> AS_SUBJECTS = Set.of("he", "she", "they", "it", "we", "i",
      "you", "if", "well");

  /**
   * Whether what follows the cue is no content but an adjunct or a second verb: {@code cheered
   * when the results came in}, {@code said as he left}, {@code smiled and waved}. Not {@code
   * described him as “reckless”}, {@code asked when the vote would be} (a question word after a
   * verb of asking opens the content).
   */
  static boolean adjunctOpens(DocumentRun run, int j, int end, String lemma) {
    String w = Words.lower(run.doc, j);
    if (QUESTION_VERBS.contains(lemma) && (w.equals("when") || w.equals("while"))) {
      return false;
    }
    if (w.equals("as")) {
      return j + 1 < end && AS_SUBJECTS.contains(Words.lower(run.doc, j + 1));
    }
    return ADJUNCT_OPENERS.contains(w);
  }

  private static final Set<String> FINITE = Set.of("will", "would", "could", "can", "should",
      "must", "might", "may", "is", "was", "are", "were", "has", "had", "have", "did", "does");

  /** A clause with its own subject and finite verb: {@code Park believes the law will fall}. */
  private static boolean finiteClause(DocumentRun run, int j, int end) {
    Mention subject = run.ctx.mentions.parseAt(run.doc, j, end);
    if (subject == null) {
      return FiniteClause.opensAt(run, j, end);
    }
    for (int t = subject.firstTok() + 2; t < subject.endTok(); t++) {
      String x = Words.lower(run.doc, t);
      if (x.endsWith("ed") || ClauseSubjects.IRREGULAR.contains(x) || FINITE.contains(x)) {
        return true; // a determiner phrase read on into its verb: "the talks collapsed"
      }
    }
    int k = subject.endTok();
    while (k < end && Words.AUXILIARIES.contains(Words.lower(run.doc, k))
        && !FINITE.contains(Words.lower(run.doc, k))) {
      k++; // "the plant also would close"
    }
    if (k >= end || !Words.isWord(run.doc, k) || Words.isCapitalised(run.doc, k)) {
      return false;
    }
    String w = Words.lower(run.doc, k);
    if (Words.PREPOSITIONS.contains(w) && !w.equals("to")) {
      // "the progress on climate change is real": a short phrase after the subject
      for (int p = k + 1; p < Math.min(end, k + 7); p++) {
        String x = Words.lower(run.doc, p);
        if (FINITE.contains(x) || ClauseSubjects.IRREGULAR.contains(x)) {
          return true;
        }
        if (!Words.isWord(run.doc, p) || run.ctx.lex.cueVerbs.containsKey(x)) {
          return false;
        }
      }
      return false;
    }
    return FINITE.contains(w) || ClauseSubjects.IRREGULAR.contains(w) || w.endsWith("ed") || w.endsWith("n't")
        || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous")
        || run.ctx.lex.cueVerbs.containsKey(w) && !w.endsWith("ing");
  }

  /**
   * "that" opening the clause within a few words: {@code said in a statement that}; never past
   * another cue verb, whose clause it is ({@code …, with Ruiz stating that …}).
   */
  private static int findThat(DocumentRun run, int j, int end) {
    TextDocument doc = run.doc;
    String first = j < end ? Words.lower(doc, j) : "";
    boolean adjunct = first.equals("that") || Words.PREPOSITIONS.contains(first)
        || Words.isPunct(doc, j, ',') || first.endsWith("ly") || Words.TIME_WORDS.contains(first);
    if (!adjunct) {
      return -1; // "asked the claim that ...": a noun's relative clause, not the cue's
    }
    for (int k = j; k < Math.min(end, j + 8); k++) {
      if (doc.tokenLowerIs(k, "that")) {
        return k;
      }
      if (Words.isPunct(doc, k, ',') && k > j || Words.isQuoteMark(doc, k)
          || k > j && Words.isWord(doc, k) && !Words.isCapitalised(doc, k)
          && run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, k))
          || Words.isPunct(doc, k, ';') || doc.tokenLowerIs(k, "and")
          || doc.tokenLowerIs(k, "but")) {
        break;
      }
    }
    return -1;
  }

  /**
   * With a naming verb the content ends at its quoted label; a short phrase after it tells when or
   * where the naming happened: {@code called Park his “dear friend” at the dinner}.
   */
  private static int trailingPhrase(DocumentRun run, int from, int stop) {
    TextDocument doc = run.doc;
    int close = -1;
    for (int t = from; t < stop; t++) {
      int q = run.quoteAt[t];
      if (q >= 0 && run.closeTok[q] == t) {
        close = t;
      }
    }
    if (close < 0 || close + 1 >= stop || stop - close > 6
        || !Words.PREPOSITIONS.contains(Words.lower(doc, close + 1))) {
      return stop;
    }
    return close + 1;
  }

  /** Auxiliaries that start a second predicate after "and": {@code and has since left}. */
  private static final Set<String> AFTER_AND = Set.of("has", "have", "had", "was", "is", "did",
      "also", "then", "later", "will", "would");

  /**
   * Whether a verb of the speaker's own starts at {@code t}: a cue verb after any auxiliaries ({@code
   * and has called}, {@code and also asked}), or {@code since} after one ({@code and has since left}).
   */
  private static boolean secondCue(DocumentRun run, int t, int end) {
    int k = t;
    while (k + 1 < end && Words.AUXILIARIES.contains(Words.lower(run.doc, k))) {
      k++;
    }
    return k > t && run.doc.tokenLowerIs(k, "since")
        || isBareVerb(run, k) && run.ctx.lex.cueVerbs.containsKey(Words.lower(run.doc, k));
  }

  /** A subject pronoun or a determiner phrase opening a clause at {@code t}: {@code he}, {@code the count}. */
  private static boolean newSubject(DocumentRun run, int t, int end) {
    String w = Words.lower(run.doc, t);
    return MentionParser.SUBJECT_PRONOUNS.contains(w) && !w.equals("you") || w.equals("there")
        || (w.equals("the") || Words.isCapitalised(run.doc, t) && !w.equals("i"))
        && run.ctx.mentions.parseAt(run.doc, t, end) != null;
  }

  private static boolean isCueGerund(DocumentRun run, int t) {
    Lexicons.CueVerb v = run.ctx.lex.cueVerbs.get(Words.lower(run.doc, t));
    return v != null && v.gerund() && !Words.isCapitalised(run.doc, t);
  }

  private static boolean isBareVerb(DocumentRun run, int t) {
    String w = Words.lower(run.doc, t);
    return Words.isWord(run.doc, t) && !Words.isCapitalised(run.doc, t)
        && (w.endsWith("ed") || run.ctx.lex.cueVerbs.containsKey(w) && !w.endsWith("ing"));
  }

  /** The clause ends at a semicolon or where another speaker's cue frame begins. */
  private static int clauseStop(DocumentRun run, int s, int from, int end) {
    TextDocument doc = run.doc;
    for (int t = from; t < end; t++) {
      if (Words.isPunct(doc, t, ';')) {
        return t;
      }
      // "said the plant would close, calling it a loss": the participle starts a report of its own
      if (t > from + 2 && Words.isPunct(doc, t, ',') && t + 1 < end && isCueGerund(run, t + 1)) {
        return t;
      }
      // "said the vote was close, but the count went on": a new clause of the writer's
      if (t > from + 2 && Words.isPunct(doc, t, ',') && run.quoteAt[t] < 0 && t + 2 < end
          && doc.tokenLowerIs(t + 1, "but") && newSubject(run, t + 2, end)) {
        return t;
      }
      // "said the plan was dead, and walked out", "said the plant would close and urged calm",
      // "said it was “an insult” and left": a second verb of the speaker's. Without a comma or a
      // closing quote, a verb that is no cue goes on with the reported clause: "said she was
      // tired of it and needed a change", "said he would run and has the money to win".
      if (t > from + 2 && (doc.tokenLowerIs(t, "and") || doc.tokenLowerIs(t, "but"))
          && t + 1 < end
          && (isBareVerb(run, t + 1) || AFTER_AND.contains(Words.lower(doc, t + 1)))
          && (Words.isPunct(doc, t - 1, ',') || Words.isQuoteMark(doc, t - 1)
          || secondCue(run, t + 1, end))) {
        return Words.isPunct(doc, t - 1, ',') ? t - 1 : t;
      }
    }
    for (Cue c : run.cues(s)) {
      if (c.firstTok() > from + 2 && c.firstTok() < end && !c.risky()) {
        int k = c.firstTok() - 1;
        // ", Ruiz said" or ", said Ruiz" closing the sentence belongs to the next rule
        while (k > from && !Words.isPunct(doc, k, ',')) {
          k--;
        }
        if (k > from && c.firstTok() - k <= 6) {
          return k;
        }
      }
    }
    return end;
  }
}
