package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * Finds who a cue's speaker is: the subject before it ({@code Ruiz, a spokeswoman for the ministry,
 * said}) or after it ({@code said Gov. Ana Ruiz}, {@code said Tuesday a source}). A thing put out by
 * someone is not the speaker: in {@code The board released a statement saying} the board speaks.
 * Speakers never come from inside a quotation: the search stops at quote marks. Immutable and
 * thread-safe.
 */
final class Subjects {
  private final MentionParser parser;

  Subjects(MentionParser parser) {
    this.parser = parser;
  }

  /** The subject of the cue starting at token {@code c}, searching no further left than {@code floor}. */
  @Nullable Mention before(TextDocument doc, int c, int floor) {
    int e = c;
    while (e - 1 >= floor && Words.AUXILIARIES.contains(Words.lower(doc, e - 1))) {
      e--;
    }
    e = beforeParenthesis(doc, e, floor);
    for (int round = 0; round < 3 && e - 1 >= floor
        && (Words.isPunct(doc, e - 1, ',') || Words.isDash(doc, e - 1)); round++) {
      // An appositive or aside: "Ruiz, a spokeswoman ... May, said"
      boolean dash = Words.isDash(doc, e - 1);
      int k = e - 2;
      while (k >= floor && e - k < 40 && !Words.isQuoteMark(doc, k)
          && !(dash ? Words.isDash(doc, k) : Words.isPunct(doc, k, ','))) {
        k--;
      }
      if (k < floor || Words.isQuoteMark(doc, k) || e - k >= 40) {
        return null;
      }
      // "The firm that designed it, Morrow & Pike Inc., said": a name in the commas is the speaker.
      Mention inner = parser.parseAt(doc, k + 1, e - 1);
      int innerEnd = Words.isPunct(doc, e - 2, '.') ? e - 2 : e - 1;
      if (inner != null && inner.endTok() >= innerEnd
          && (inner.type() == Mention.Type.NAME || inner.type() == Mention.Type.ORG)
          && Words.isCapitalised(doc, k + 1)) {
        if (!Places.nameBefore(doc, k, floor) || inner.gender() != Gender.UNKNOWN) {
          return inner;
        }
        // "Lee, 29, of Flint, Mich., said", "Lee, speaking in Flint, Mich., said": the name in the
        // commas ends a place, so the aside runs on to the comma before it
        int j = k - 1;
        while (j >= floor && e - j < 40 && !Words.isQuoteMark(doc, j) && !Words.isPunct(doc, j, ',')) {
          j--;
        }
        if (j < floor || !Words.isPunct(doc, j, ',') || e - j >= 40) {
          e = k; // "Lee of Flint, Mich., said": no comma before; the phrase reads on from the place
          break;
        }
        k = j;
      }
      e = k;
      if (e - 1 >= floor && doc.tokenType(e - 1) == TextDocument.NUMBER
          && Words.isPunct(doc, e - 2, ',')) {
        e -= 2; // an age: "Samuel Adeyemi, 54, a former teacher, said"
        break;
      }
    }
    e = beforeParenthesis(doc, e, floor); // "Sen. Dana Holt (D-Ohio), the chair, said"
    int left = e - 1;
    while (left - 1 >= floor && e - left < 14 && !isBoundary(doc, left - 1)) {
      left--;
    }
    if (left < floor || left >= e) {
      return null;
    }
    for (int t = left; t < e; t++) {
      if (t > left && Words.PREPOSITIONS.contains(Words.lower(doc, t - 1))) {
        continue;
      }
      Mention m = parser.parseAt(doc, t, e);
      if (m != null && acceptableTail(doc, m.endTok(), e) && !objectRelative(doc, m.endTok(), e, c)) {
        // "released a statement saying", "released a statement that said": the issuer speaks
        Mention issuer = issuer(doc, m, floor, Words.lower(doc, c).endsWith("ing"));
        return issuer != null ? issuer : m;
      }
    }
    return null;
  }

  /** Where a parenthesis ending right before token {@code e} opens: {@code Holt (D-Ohio)}. */
  private static int beforeParenthesis(TextDocument doc, int e, int floor) {
    if (e - 1 >= floor && Words.isPunct(doc, e - 1, ')')) {
      int k = e - 2;
      while (k >= floor && !Words.isPunct(doc, k, '(') && e - k < 12) {
        k--;
      }
      if (k >= floor && Words.isPunct(doc, k, '(')) {
        return k;
      }
    }
    return e;
  }

  /**
   * For a thing that a participle follows, the one who put it out: in {@code The council released a
   * statement saying …} the council speaks, not the statement. Null when {@code m} names a person or
   * body, or stands first in its clause.
   */
  private @Nullable Mention issuer(TextDocument doc, Mention m, int floor, boolean participle) {
    // A plural thing only before a participle: "a series of posts saying"
    if (m.type() != Mention.Type.ORG || m.gender() != Gender.UNKNOWN
        || m.plural() && !participle) {
      return null;
    }
    int v = m.firstTok() - 1;
    if (v > floor && PARTICLES.contains(Words.lower(doc, v))) {
      v--; // "put out a statement"
    }
    if (v <= floor || !Words.isWord(doc, v) || Words.isCapitalised(doc, v)) {
      return null;
    }
    String w = Words.lower(doc, v);
    if (Words.PREPOSITIONS.contains(w) || Words.FUNCTION_WORDS.contains(w)
        || Words.DETERMINERS.contains(w) || Words.AUXILIARIES.contains(w)
        || Words.CLAUSE_OPENERS.contains(w)) {
      return null;
    }
    return before(doc, v, floor);
  }

  /** Pronouns that after a verb are its object ({@code called it}), not an inverted subject. */
  private static final java.util.Set<String> OBJECT_LIKE = java.util.Set.of("it", "you");
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("out", "up", "off");

  /** The subject after an inverted cue ending before token {@code from}: {@code said Ruiz}. */
  @Nullable Mention after(TextDocument doc, int from, int limit) {
    int j = skipTime(doc, from, limit);
    Mention m = parser.parseAt(doc, j, limit);
    if (m == null || m.isPronoun() && OBJECT_LIKE.contains(m.key())) {
      return null; // "called it “a disgrace”", "told you": an object, never an inverted subject
    }
    // "said the plan would fail" is not inversion: the phrase must end the clause.
    int k = m.endTok();
    if (k >= limit || Words.isPunct(doc, k, ',') || Words.isPunct(doc, k, '.')
        || Words.isQuoteMark(doc, k) || Words.isPunct(doc, k, ':') || Words.isDash(doc, k)
        || Words.isPunct(doc, k, ';') || Words.isPunct(doc, k, '(')
        || Words.PREPOSITIONS.contains(Words.lower(doc, k)) && !m.isPronoun()
        || Words.TIME_WORDS.contains(Words.lower(doc, k))
        || Words.lower(doc, k).equals("who")) {
      return m;
    }
    return null;
  }

  /** Skips time words and short time phrases after a cue: {@code on Tuesday}, {@code last week}. */
  static int skipTime(TextDocument doc, int j, int limit) {
    while (j < limit) {
      String w = Words.lower(doc, j);
      if (Words.TIME_WORDS.contains(w)) {
        j++;
      } else if ((w.equals("on") || w.equals("late") || w.equals("early"))
          && j + 1 < limit && Words.TIME_WORDS.contains(Words.lower(doc, j + 1))) {
        j += 2;
      } else {
        return j;
      }
    }
    return j;
  }

  private static boolean isBoundary(TextDocument doc, int t) {
    if (doc.tokenType(t) != TextDocument.WORD) {
      return Words.isPunct(doc, t, ',') || Words.isPunct(doc, t, ';')
          || Words.isPunct(doc, t, ':') || Words.isQuoteMark(doc, t) || Words.isDash(doc, t)
          || Words.isPunct(doc, t, '(') || Words.isPunct(doc, t, ')')
          || Words.isPunct(doc, t, '.') && !isAbbrevDot(doc, t);
    }
    String w = Words.lower(doc, t);
    return w.equals("because") || w.equals("when") || w.equals("after")
        || w.equals("while") || w.equals("as");
  }

  private static boolean isAbbrevDot(TextDocument doc, int t) {
    return t > 0 && doc.tokenEnd(t - 1) == doc.tokenStart(t) && Words.isWord(doc, t - 1)
        && doc.tokenEnd(t - 1) - doc.tokenStart(t - 1) <= 4;
  }

  /**
   * Whether the words between a phrase and the cue at {@code c} are a relative pronoun and the
   * relative clause's own subject, who speaks, with the cue's clause going on from the phrase as its
   * subject: {@code a deadline that two aides said went unnoticed}, {@code the kind of job which
   * economists say is the future}. Not where the cue takes an object of its own ({@code the day
   * that Lee railed against the judge}, {@code a state that she hoped to carry}): there the phrase
   * is no report's subject and nothing is reported.
   */
  private boolean objectRelative(TextDocument doc, int from, int e, int c) {
    if (from + 1 >= e || !OBJECT_RELATIVES.contains(Words.lower(doc, from))
        || c + 1 >= doc.tokenCount() || !Words.isWord(doc, c + 1)) {
      return false;
    }
    String next = Words.lower(doc, c + 1);
    boolean verb = !next.endsWith("ly") && (Words.AUXILIARIES.contains(next)
        || MODALS.contains(next) || next.endsWith("ed") || ClauseSubjects.IRREGULAR.contains(next));
    if (!verb || Words.isCapitalised(doc, c + 1)) {
      return false;
    }
    Mention inner = parser.parseAt(doc, from + 1, e);
    return inner != null && inner.endTok() == e;
  }

  private static final java.util.Set<String> MODALS = java.util.Set.of("can", "should", "must",
      "shall");

  private static final java.util.Set<String> OBJECT_RELATIVES = java.util.Set.of("that", "which",
      "whom");

  /** Whether the words between a phrase and its cue keep it the subject. */
  private static boolean acceptableTail(TextDocument doc, int from, int e) {
    if (from >= e) {
      return true;
    }
    String w = Words.lower(doc, from);
    boolean modifier = w.equals("who") || w.equals("whose") || w.equals("which") || w.equals("that") || w.equals("familiar")
        || w.equals("close") || w.equals("briefed") || w.equals("involved")
        || w.equals("speaking") || w.equals("knowledgeable") || w.equals("based")
        || Words.PREPOSITIONS.contains(w);
    if (!modifier) {
      return false;
    }
    for (int t = from; t < e; t++) {
      String x = Words.lower(doc, t);
      if (x.equals("and") || x.equals("but") || x.equals(";")) {
        return false;
      }
    }
    return true;
  }
}
