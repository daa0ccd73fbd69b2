package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A plural of bodies or groups, a share or a quantifier with no determiner as a cue's subject: the
 * phrase ends in the plural of an organisation head ({@code companies}, {@code unions}), a noun that
 * can speak ({@code groups}, {@code percent}) or stands alone as a quantifier ({@code some}, {@code
 * others}, {@code one}), and its modifiers reach back to the clause's start.
 *
 * <pre>
 *   Farm groups say the rules are unfair.            → "Farm groups"
 *   Banks say that raising the fee would hurt savers. → "Banks"
 *   Thirty percent said the tax was the main reason.  → "Thirty percent"
 *   Some say the mayor is too cautious.               → "Some"
 *   One says the bridge is safe; another says it is not. → "One", "another"
 *   By a wide margin, those surveyed say the park should stay open. → "those surveyed"
 * </pre>
 *
 * A capitalised head counts only where the sentence begins ({@code Banks say}); elsewhere it is a
 * name. The verb must agree: {@code Banks says} is a person, {@code One say} no report. Only what
 * {@link MentionParser} cannot read as a speaker is tried here. Stateless and thread-safe.
 */
final class GroupSubject {
  private GroupSubject() {}

  /** Modifiers before the plural noun, at most. */
  private static final int MODIFIERS = 3;

  /** Quantifiers that speak alone and take a plural verb: {@code some say}, {@code others said}. */
  private static final Set<String> PLURAL_QUANTIFIERS = Set.of("some", "others", "many", "several",
      "both", "few", "most", "all");

  /** Quantifiers that speak alone and take a singular verb: {@code one says}, {@code another said}. */
  private static final Set<String> SINGULAR_QUANTIFIERS = Set.of("one", "another", "each",
      "everyone", "everybody", "nobody", "either", "neither");

  /** Participles after {@code those} that name the people asked: {@code those surveyed}. */
  private static final Set<String> RESPONDENTS = Set.of("surveyed", "polled", "questioned",
      "interviewed", "asked", "sampled", "contacted");

  private enum Number { SINGULAR, PLURAL, EITHER }

  /** The group phrase ending right before cue token {@code c} (auxiliaries skipped), or null. */
  static @Nullable Mention before(DocumentRun run, Cue cue, int floor) {
    TextDocument doc = run.doc;
    int c = cue.firstTok();
    int e = c;
    while (e - 1 >= floor && Words.AUXILIARIES.contains(Words.lower(doc, e - 1))) {
      e--;
    }
    int head = e - 1;
    if (head < floor || !Words.isWord(doc, head)
        || Words.isCapitalised(doc, head) && head != sentenceStart(doc, head)) {
      return null;
    }
    String w = Words.lower(doc, head);
    Number number;
    int k = head;
    boolean quantifier = false;
    if (RESPONDENTS.contains(w) && head - 1 >= floor && Words.lower(doc, head - 1).equals("those")) {
      number = Number.PLURAL; // "those surveyed say"
      k = head - 1;
      quantifier = true;
    } else if (PLURAL_QUANTIFIERS.contains(w) || SINGULAR_QUANTIFIERS.contains(w)) {
      number = PLURAL_QUANTIFIERS.contains(w) ? Number.PLURAL : Number.SINGULAR;
      quantifier = true;
    } else {
      number = number(run.ctx.lex, w);
      if (number == null) {
        return null;
      }
    }
    if (!agrees(doc, cue, e == c, number)) {
      return null;
    }
    while (!quantifier && k - 1 >= floor && head - k < MODIFIERS && modifier(run, k - 1)) {
      k--;
    }
    if (k - 1 >= floor && !Words.opensClause(doc, k - 1, true)) {
      return null; // "the plan hurts small banks say": the plural is an object, not the subject
    }
    String name = doc.text().substring(doc.tokenStart(k), doc.tokenEnd(head));
    return MentionParser.mention(doc, k, head + 1, Mention.Type.GROUP, Gender.UNKNOWN,
        number != Number.SINGULAR, Words.baseKey(doc, head), name);
  }

  private static int sentenceStart(TextDocument doc, int t) {
    return doc.sentenceFirstToken(doc.sentenceAt(doc.tokenStart(t)));
  }

  /**
   * Whether the cue's form agrees with a subject of {@code number}; {@code adjacent} when no
   * auxiliary stands between them (after one, {@code have said}, the cue's own form says nothing).
   */
  private static boolean agrees(TextDocument doc, Cue cue, boolean adjacent, Number number) {
    if (number == Number.EITHER || cue.verb() == null || !adjacent) {
      return true;
    }
    boolean third = thirdSingular(doc, cue);
    boolean plainPresent = cue.verb().base() && Words.lower(doc, cue.firstTok()).equals(cue.verb().lemma());
    return number == Number.PLURAL ? !third : !plainPresent;
  }

  /** {@code says}, {@code believes}: a present-tense form that needs a singular subject. */
  private static boolean thirdSingular(TextDocument doc, Cue cue) {
    if (cue.verb() == null || cue.verb().base()) {
      return false;
    }
    String form = Words.lower(doc, cue.firstTok());
    String lemma = cue.verb().lemma();
    return form.endsWith("s") && !form.endsWith("ss")
        && (form.equals(lemma + "s") || form.equals(lemma + "es") || form.endsWith("ies"));
  }

  /**
   * The number of a noun that can head a group speaker: a plural whose singular heads an
   * organisation ({@code unions}, {@code companies}, {@code churches}) or a plural role or speaking
   * noun ({@code critics}, {@code groups}) is plural; a share ({@code percent}, {@code majority},
   * {@code half}) takes either. Null for any other word.
   */
  private static @Nullable Number number(Lexicons lex, String w) {
    if (w.length() < 4) {
      return null;
    }
    if (lex.speakingNouns.contains(w) && !w.endsWith("s")) {
      return Number.EITHER; // "Thirty percent say", "a majority says"
    }
    if (!w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
        || w.endsWith("'s") || w.endsWith("\u2019s")) {
      return null;
    }
    Lexicons.Noun role = lex.roleNouns.get(w);
    if (role != null && role.plural() || lex.speakingNouns.contains(w)
        || lex.orgHeads.contains(w.substring(0, w.length() - 1)) // unions, banks, campaigns
        || w.endsWith("ies") && lex.orgHeads.contains(w.substring(0, w.length() - 3) + "y")
        || w.endsWith("es") && lex.orgHeads.contains(w.substring(0, w.length() - 2))) {
      return Number.PLURAL;
    }
    return null;
  }


  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety", "hundred");

  /** A word that may modify the plural: an adjective or noun in lower case, a number. */
  private static boolean modifier(DocumentRun run, int t) {
    TextDocument doc = run.doc;
    if (doc.tokenType(t) == TextDocument.NUMBER) {
      return true; // "26 percent", "2,000 workers"
    }
    if (Words.isPunct(doc, t, '-')) {
      return t - 1 >= 0 && Words.isWord(doc, t - 1) && doc.tokenEnd(t - 1) == doc.tokenStart(t);
    }
    if (!Words.isWord(doc, t) || Words.isPossessive(doc, t)) {
      return false;
    }
    String w = Words.lower(doc, t);
    boolean first = t == sentenceStart(doc, t);
    if (NUMBER_WORDS.contains(w)) {
      return true; // "Thirty percent", "two unions"
    }
    return (!Words.isCapitalised(doc, t) || first) && !Words.DETERMINERS.contains(w)
        && !Words.PREPOSITIONS.contains(w) && !Words.FUNCTION_WORDS.contains(w)
        && !Words.CLAUSE_OPENERS.contains(w) && !Words.AUXILIARIES.contains(w)
        && !MentionParser.SUBJECT_PRONOUNS.contains(w) && !run.ctx.lex.cueVerbs.containsKey(w)
        && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly") && !w.equals("and")
        && !w.equals("or") && !w.equals("than");
  }
}
