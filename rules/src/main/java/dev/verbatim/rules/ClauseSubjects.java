package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Subjects of a reporting verb that {@link Subjects} leaves to the clause rules, tried when it finds
 * none:
 *
 * <pre>
 *   The coach, who said the team would recover, left early.     (relative: the speaker is "who")
 *   The mayor toured the plant and said it would stay open.     (a second verb of one subject)
 *   A spokesman for the utility declined but said it was safe.  (past a phrase after the subject)
 *   There, the chairman declined to name them but said ...     (past an opening adverb)
 *   Gale is a Moss supporter but concedes that ...              (a copula as the first verb)
 *   About four in 10 said they would vote again.                (a share of those polled)
 *   Nearly half of the members say the rules are unfair.
 *   The council this week announced a review.                    (a time phrase before the verb)
 *   The senator's office said the letter was genuine.           (a possessor and its noun)
 * </pre>
 *
 * Stateless and thread-safe.
 */
final class ClauseSubjects {
  private ClauseSubjects() {}

  private static final Set<String> RELATIVES = Set.of("who", "which");
  private static final Set<String> COORDINATORS = Set.of("and", "but");
  /** Words that open an approximate share: {@code about half}, {@code more than 4 in 10}. */
  private static final Set<String> APPROX = Set.of("about", "nearly", "almost", "roughly",
      "around", "only", "just", "some", "over", "under", "more", "fewer", "less", "than", "barely",
      "fully", "another", "a", "the", "by", "far", "still", "an", "estimated", "overwhelming");
  /** Words that can head a share of people. */
  private static final Set<String> SHARES = Set.of("half", "most", "majority", "majorities",
      "plurality", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "percent", "%",
      "many", "few", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "others", "another", "minority", "all", "both", "none");
  private static final Set<String> TIME_PHRASE_HEADS = Set.of("this", "last", "next", "earlier",
      "later");

  /** The speaker of the cue at token {@code c}, searching no further left than {@code floor}. */
  static @Nullable Mention before(DocumentRun run, int c, int floor) {
    TextDocument doc = run.doc;
    int e = skipAdverbs(doc, c, floor);
    if (e - 1 < floor) {
      return null;
    }
    String prev = Words.lower(doc, e - 1);
    if (RELATIVES.contains(prev)) {
      return relative(run, e - 1, floor);
    }
    if (COORDINATORS.contains(prev)) {
      return coordinated(run, e - 1, floor);
    }
    Mention m = e < c ? run.ctx.subjects.before(doc, e, floor) : null;
    if (m == null && Words.isPunct(doc, e - 1, '.')) {
      m = run.ctx.subjects.before(doc, e - 1, floor); // "Joseph Biden Jr. said"
    }
    if (m == null) {
      m = share(run, e, floor);
    }
    if (m == null) {
      m = possessed(run, e, floor);
    }
    return m;
  }

  /** A share around a mention that only names its group: {@code Nearly half of the members}. */
  static Mention widen(DocumentRun run, Mention m, int c, int floor) {
    if (m.firstTok() - 1 <= floor || !Words.PREPOSITIONS.contains(Words.lower(run.doc, m.firstTok() - 1))
        && !Words.DETERMINERS.contains(Words.lower(run.doc, m.firstTok() - 1))) {
      return m;
    }
    Mention share = share(run, m.endTok(), floor);
    return share != null && share.firstTok() < m.firstTok() && share.endTok() == m.endTok() ? share : m;
  }

  /** Skips adverbs and short time phrases between a subject and its verb. */
  private static int skipAdverbs(TextDocument doc, int c, int floor) {
    int e = c;
    while (e - 1 >= floor) {
      String w = Words.lower(doc, e - 1);
      if (Words.AUXILIARIES.contains(w) || w.equals("now") || w.equals("today")
          || Words.isWord(doc, e - 1) && !Words.isCapitalised(doc, e - 1) && w.endsWith("ly")
          && w.length() > 4) {
        e--;
      } else if (e - 2 >= floor && Words.TIME_WORDS.contains(w)
          && TIME_PHRASE_HEADS.contains(Words.lower(doc, e - 2))) {
        e -= 2; // "this week", "last month"
      } else {
        return e;
      }
    }
    return e;
  }

  /** {@code X, who said}: the relative pronoun speaks for the phrase it follows. */
  private static @Nullable Mention relative(DocumentRun run, int rel, int floor) {
    TextDocument doc = run.doc;
    int e = rel;
    if (Words.isPunct(doc, e - 1, ',')) {
      e--;
    }
    Mention ante = null;
    for (int t = Math.max(floor, e - 8); t < e && ante == null; t++) {
      Mention m = run.ctx.mentions.parseAt(doc, t, e);
      if (m != null && m.endTok() == e) {
        ante = m;
      }
    }
    if (ante == null) {
      ante = share(run, e, floor);
    }
    if (ante == null) {
      return null;
    }
    return atRelative(doc, rel, ante);
  }

  /** The relative pronoun at token {@code rel} as a mention of its antecedent {@code ante}. */
  static Mention atRelative(TextDocument doc, int rel, Mention ante) {
    return new Mention(doc.tokenStart(rel), doc.tokenEnd(rel), rel, rel + 1, ante.type(),
        ante.gender(), ante.plural(), ante.key(), ante.name());
  }

  /**
   * {@code Ruiz, who has said ...}: when a relative pronoun stands between the subject found and the
   * cue, the pronoun is the local speaker mention (it stays Ruiz's entity).
   */
  static Mention relativeOf(DocumentRun run, Mention m, int c, int floor) {
    int e = skipAdverbs(run.doc, c, floor);
    if (e - 1 >= floor && e - 1 >= m.endTok() && RELATIVES.contains(Words.lower(run.doc, e - 1))) {
      return atRelative(run.doc, e - 1, m);
    }
    return m;
  }

  /**
   * {@code X did this and said that}: the subject of the sentence's first verb, when the sentence
   * opens with it (after a fronted phrase such as {@code In a statement,} or {@code Last month,}).
   * Not across a colon, semicolon or dash, nor out of a relative clause left open before the
   * conjunction ({@code won over Lind, who came out and endorsed it}).
   */
  private static @Nullable Mention coordinated(DocumentRun run, int and, int floor) {
    TextDocument doc = run.doc;
    int t = floor;
    while (t < and && (Words.CLAUSE_OPENERS.contains(Words.lower(doc, t))
        || t > floor && Words.isPunct(doc, t, ','))) {
      t++; // "But", "There, the chairman ..."
    }
    boolean preposition = t < and && Words.PREPOSITIONS.contains(Words.lower(doc, t));
    if (preposition || t < and && OpeningPhrase.at(doc, t)) {
      int k = t;
      while (k < and && !Words.isPunct(doc, k, ',') && k - t < 10) {
        k++;
      }
      if (Words.isPunct(doc, k, ',')) {
        t = k + 1; // "In a statement,", "Last month,"
      } else if (preposition) {
        return null;
      }
    }
    Mention m = run.ctx.mentions.parseAt(doc, t, and);
    if (m == null) {
      m = share(run, firstVerbish(doc, t, and), t);
    }
    if (m == null || m.endTok() >= and) {
      return null;
    }
    int v = m.endTok();
    if (Words.isPunct(doc, v, ',')) {
      // an appositive: "Ruiz, the mayor, toured the plant and said"
      int k = v + 1;
      while (k < and && !Words.isPunct(doc, k, ',') && k - v < 15) {
        k++;
      }
      if (!Words.isPunct(doc, k, ',')) {
        return null;
      }
      v = k + 1;
    }
    int aux = v;
    v = skipForward(doc, v, and);
    int openRelative = -1;
    for (int k = m.endTok(); k < and; k++) {
      if (RELATIVES.contains(Words.lower(doc, k)) && Words.isPunct(doc, k - 1, ',')) {
        openRelative = k;
      } else if (Words.isPunct(doc, k, ',')) {
        openRelative = -1; // "Priebus, who had met them, arrived ... and": the aside is closed
      }
      if (Words.isPunct(doc, k, ':') || Words.isPunct(doc, k, ';') || Words.isDash(doc, k)
          || openRelative >= 0 && k == and - 1) {
        // "One thing is different: the senator ... and bragged", "Lee, who came out and
        // endorsed": the verb after "and" has a subject of its own
        return null;
      }
    }
    if (v < and && v > aux && COPULAS.contains(Words.lower(doc, v - 1))
        && Words.DETERMINERS.contains(Words.lower(doc, v))) {
      return m; // "Gale is a supporter but concedes": the copula is the first verb
    }
    v = skipModifier(run, v, and);
    return v < and && looksLikeVerb(run, v) ? m : null;
  }

  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "has", "had",
      "have");

  /**
   * Skips a short phrase that modifies the subject or tells when, before its verb: {@code A
   * spokesman for the utility declined ...}, {@code The director on Thursday said ...}. Returns
   * {@code v} itself when no verb follows the phrase within a few words.
   */
  private static int skipModifier(DocumentRun run, int v, int to) {
    TextDocument doc = run.doc;
    if (v >= to || !Words.PREPOSITIONS.contains(Words.lower(doc, v))) {
      return v;
    }
    for (int k = v + 1; k < to && k - v <= 6; k++) {
      if (!Words.isWord(doc, k) && doc.tokenType(k) != TextDocument.NUMBER
          || COORDINATORS.contains(Words.lower(doc, k))) {
        return v;
      }
      String w = Words.lower(doc, k);
      if (Words.isPossessive(doc.tokenText(k))) {
        return v; // "The head of the union's office": the possessor's noun is the subject
      }
      if (!Words.isCapitalised(doc, k) && (w.endsWith("ed") || IRREGULAR.contains(w)
          || run.ctx.lex.cueVerbs.containsKey(w) && !w.endsWith("ing"))) {
        return k;
      }
    }
    return v;
  }

  private static int firstVerbish(TextDocument doc, int from, int to) {
    for (int k = from; k < to && k - from < 8; k++) {
      if (Words.isPunct(doc, k, ',')) {
        return k;
      }
    }
    return from;
  }

  private static int skipForward(TextDocument doc, int v, int to) {
    while (v < to && (Words.AUXILIARIES.contains(Words.lower(doc, v))
        || Words.lower(doc, v).endsWith("ly") && !Words.isCapitalised(doc, v))) {
      v++;
    }
    return v;
  }

  private static boolean looksLikeVerb(DocumentRun run, int t) {
    TextDocument doc = run.doc;
    if (!Words.isWord(doc, t) || Words.isCapitalised(doc, t)) {
      return false;
    }
    String w = Words.lower(doc, t);
    return w.endsWith("ed") || run.ctx.lex.cueVerbs.containsKey(w)
        || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous") || IRREGULAR.contains(w);
  }

  /** Irregular past forms of common verbs, to tell a finite clause: {@code the talks broke down}. */
  static final Set<String> IRREGULAR = Set.of("made", "took", "gave", "went", "came",
      "met", "spent", "left", "sent", "held", "saw", "told", "said", "wrote", "spoke", "stood",
      "brought", "sought", "won", "lost", "ran", "began", "put", "set", "cut", "led", "kept",
      "got", "did", "had", "was", "were", "is", "are", "has", "have", "paid", "struck", "drew",
      "broke", "fell", "rose", "grew", "knew", "thought", "felt", "found", "became",
      "built", "bought", "caught", "chose", "fought", "hit", "hurt", "meant", "sold", "shut",
      "wore", "threw");

  /**
   * A share of those polled, ending at the verb: {@code About 9 percent}, {@code more than 4 in
   * 10}, {@code Nearly half of respondents}, {@code majorities in all five}, {@code most}.
   */
  static @Nullable Mention share(DocumentRun run, int e, int floor) {
    TextDocument doc = run.doc;
    int left = e;
    while (left - 1 >= floor && e - left < 10 && (Words.isWord(doc, left - 1)
        || doc.tokenType(left - 1) == TextDocument.NUMBER || Words.isPunct(doc, left - 1, '%'))) {
      left--;
    }
    for (int t = left; t < e; t++) {
      int k = t;
      while (k < e - 1 && APPROX.contains(Words.lower(doc, k))
          && !(SHARES.contains(Words.lower(doc, k))
              && !APPROX.contains(Words.lower(doc, k + 1))
              && (k + 1 == e || Words.PREPOSITIONS.contains(Words.lower(doc, k + 1))))) {
        k++; // "about half", but "some say" is a share of its own
      }
      if (k >= e) {
        break;
      }
      boolean number = doc.tokenType(k) == TextDocument.NUMBER;
      if (!number && !SHARES.contains(Words.lower(doc, k))) {
        continue;
      }
      if (k > t && !APPROX.contains(Words.lower(doc, t))) {
        continue;
      }
      // The share must start its phrase: sentence start, after a comma or a conjunction.
      if (t > floor && !Words.isPunct(doc, t - 1, ',') && !Words.isPunct(doc, t - 1, ';')
          && !Words.CLAUSE_OPENERS.contains(
          Words.lower(doc, t - 1)) && !Words.lower(doc, t - 1).equals("while")) {
        continue;
      }
      int h = k + 1;
      if (h < e && (Words.lower(doc, h).equals("percent") || Words.isPunct(doc, h, '%'))) {
        h++;
      } else if (number && h + 1 < e && (Words.lower(doc, h).equals("in")
          || Words.lower(doc, h).equals("out")) ) {
        h += Words.lower(doc, h).equals("out") ? 3 : 2; // "4 in 10", "3 out of 4"
      }
      if (!number && !SHARES.contains(Words.lower(doc, h - 1))) {
        continue;
      }
      if (h < e && !Words.PREPOSITIONS.contains(Words.lower(doc, h))
          && !Words.lower(doc, h).equals("who")) {
        continue; // "two senators": a noun phrase, which MentionParser reads
      }
      String name = doc.text().substring(doc.tokenStart(t), doc.tokenEnd(e - 1));
      return new Mention(doc.tokenStart(t), doc.tokenEnd(e - 1), t, e, Mention.Type.GROUP,
          Lexicons.Gender.UNKNOWN, true, Lexicons.key(name), name);
    }
    return null;
  }

  /** {@code The senator's office}, {@code Ruiz' team}: a possessor and one or two nouns. */
  private static @Nullable Mention possessed(DocumentRun run, int e, int floor) {
    TextDocument doc = run.doc;
    for (int n = 1; n <= 2; n++) {
      int p = e - n - 1; // the possessor's last token
      if (p < floor) {
        return null;
      }
      boolean possessive = Words.isPossessive(doc, p)
          || doc.tokenIs(p, '\'') && p - 1 >= floor && Words.lower(doc, p - 1).endsWith("s");
      boolean nouns = true;
      for (int k = p + 1; k < e; k++) {
        nouns &= Words.isWord(doc, k) && !Words.isCapitalised(doc, k)
            && !run.ctx.lex.cueVerbs.containsKey(Words.lower(doc, k));
      }
      if (!possessive || !nouns) {
        continue;
      }
      int start = doc.tokenIs(p, '\'') ? p - 1 : p;
      Mention owner = run.ctx.subjects.before(doc, start + 1, floor);
      int first = owner != null && owner.endTok() >= start ? owner.firstTok() : start;
      if (owner == null && !Words.isCapitalised(doc, start)) {
        return null;
      }
      String name = doc.text().substring(doc.tokenStart(first), doc.tokenEnd(e - 1));
      boolean plural = Words.lower(doc, e - 1).endsWith("s");
      return new Mention(doc.tokenStart(first), doc.tokenEnd(e - 1), first, e,
          plural ? Mention.Type.GROUP : Mention.Type.ORG, Lexicons.Gender.N, plural,
          Lexicons.key(name), name);
    }
    return null;
  }
}
