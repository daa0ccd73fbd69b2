package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.rules.Lexicons.Noun;
import dev.verbatim.rules.Mention.Type;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads speaker noun phrases off the token stream: {@code Gov. Ana Ruiz}, {@code she}, {@code the
 * trade adviser}, {@code a source familiar with the talks}, {@code the ministry}, {@code the two
 * senators}. Immutable and thread-safe.
 */
final class MentionParser {
  static final Set<String> SUBJECT_PRONOUNS =
      Set.of("he", "she", "they", "we", "i", "it", "you");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "van", "von", "der", "al", "bin", "la", "le", "du", "del", "da", "di", "mc");

  private final Lexicons lex;
  private final DeterminerPhrase determiners;
  private final TitleFinder titles;
  private final WordClasses classes;

  MentionParser(Lexicons lex, WordClasses classes) {
    this.lex = lex;
    this.classes = classes;
    this.determiners = new DeterminerPhrase(lex);
    this.titles = new TitleFinder(lex);
  }

  /** The speaker phrase starting at token {@code t} and ending before {@code limit}, or null. */
  @Nullable Mention parseAt(TextDocument doc, int t, int limit) {
    if (t < 0 || t >= limit || !Words.isWord(doc, t) && doc.tokenType(t) != TextDocument.NUMBER) {
      return null;
    }
    long classesOfT = classes.of(doc, t);
    if ((classesOfT & WordClasses.SUBJECT_PRONOUN) != 0) {
      String w = Words.lower(doc, t);
      Noun n = lex.pronouns.get(w);
      Gender g = n == null ? Gender.UNKNOWN : n.gender();
      boolean pl = n != null ? n.plural() : w.equals("they") || w.equals("we");
      return mention(doc, t, t + 1, Type.PRONOUN, g, pl, w, doc.tokenText(t));
    }
    if ((classesOfT & WordClasses.DETERMINER) != 0 || doc.tokenType(t) == TextDocument.NUMBER) {
      String w = Words.lower(doc, t);
      Mention named = w.equals("the") ? nameAfterModifiers(doc, t + 1, limit) : null;
      if (named == null && doc.tokenType(t) == TextDocument.NUMBER) {
        named = nameAfterModifiers(doc, t, limit); // "9/11 widow Dana Pruitt"
      }
      return named != null ? widen(doc, t, named) : determiners.parse(doc, t, limit, w);
    }
    if (Words.isCapitalised(doc, t)) {
      return properPhrase(doc, t, limit);
    }
    Mention named = nameAfterModifiers(doc, t, limit);
    if (named != null) {
      return named;
    }
    Noun role = lex.roleNouns.get(doc.tokenKey(t));
    if (role != null) {
      // Bare plural or role: "officials said", "aides said"
      return mention(doc, t, t + 1, role.plural() ? Type.GROUP : Type.ROLE, role.gender(),
          role.plural(), Words.lower(doc, t), doc.tokenText(t));
    }
    return null;
  }

  /**
   * A name after lower-case modifiers that end in a role noun or lead to a title or role:
   * {@code pollster Rita Gomez}, {@code retired teacher Omar Haddad}, {@code former Ohio Gov. Ted
   * Marsh}, {@code longtime Marsh critic Joan Bell}. The mention starts at the first modifier; the
   * entity is the name. Null when no such name follows.
   */
  private @Nullable Mention nameAfterModifiers(TextDocument doc, int t, int limit) {
    boolean role = false;
    boolean plain = false;
    for (int k = t; k < limit && k - t < 6; k++) {
      if (Words.isCapitalised(doc, k)) {
        Mention m = k == t ? null : properPhrase(doc, k, limit);
        if (m == null || m.type() != Type.NAME) {
          return null;
        }
        // Without a role noun only the adjectives of a title may lead: not "help Mr. Ruiz".
        boolean titled = !doc.text().startsWith(m.name(), m.start());
        return role || titled && !plain ? widen(doc, t, m) : null;
      }
      if (!Words.isWord(doc, k)) {
        if (doc.tokenType(k) == TextDocument.NUMBER || k > t && (Words.isPunct(doc, k, '-')
            || Words.isPunct(doc, k, '/') && doc.tokenType(k - 1) == TextDocument.NUMBER)) {
          continue; // "well-connected", "2008", "9/11"
        }
        return null;
      }
      if (classes.any(doc, k, WordClasses.NOT_A_MODIFIER)) {
        return null; // a determiner, preposition, auxiliary, function or time word, pronoun or cue
      }
      String key = doc.tokenKey(k);
      if (lex.roleNouns.containsKey(key)) {
        role = true;
      } else if (role && !lex.orgHeads.contains(key) && !MODIFIERS.contains(key)) {
        return null; // after a role noun only more role words may stand before the name
      } else if (!MODIFIERS.contains(key) && !TITLE_ADJECTIVES.contains(key)) {
        plain = true;
      }
    }
    return null;
  }

  private static Mention widen(TextDocument doc, int first, Mention m) {
    return new Mention(doc.tokenStart(first), m.end(), first, m.endTok(), m.type(), m.gender(),
        m.plural(), m.key(), m.name());
  }

  /** A capitalised phrase: a name with its titles and roles, an organisation, or a group. */
  private @Nullable Mention properPhrase(TextDocument doc, int t, int limit) {
    if (classes.any(doc, t, WordClasses.CLAUSE_OPENER | WordClasses.TIME_WORD
        | WordClasses.FUNCTION_WORD | WordClasses.DETERMINER)) {
      return null;
    }
    int j = t;
    int nameStart = -1;
    Gender gender = Gender.UNKNOWN;
    boolean titled = false;
    while (j < limit && j - t < 10) {
      String raw = doc.tokenText(j);
      String k = doc.tokenKey(j);
      int titleLen = titles.at(doc, j, limit);
      if (titleLen > 0 && nameStart >= 0 && j > nameStart) {
        // A place or body before a title: "Ohio Gov. Ted Marsh", "State Department spokesman".
        Mention rest = properPhrase(doc, j, limit);
        if (rest != null && rest.type() == Type.NAME) {
          return widen(doc, t, rest);
        }
      }
      if (titleLen > 0 && (nameStart < 0 || j == nameStart)) {
        Gender g = lex.titles.get(TitleFinder.key(doc, j, titleLen));
        if (g != null && g != Gender.UNKNOWN) {
          gender = g;
        }
        titled = true;
        j += titleLen;
        if (Words.isPunct(doc, j, '.')) {
          j++;
        }
        nameStart = -1;
        continue;
      }
      if (Words.isCapitalised(doc, j) && !Words.TIME_WORDS.contains(k)) {
        if (nameStart < 0) {
          nameStart = j;
        }
        j++;
        if (Words.isPossessive(raw)) {
          // "Florida's Dan Wu", "the network's Ann Lee": a name after the possessive is the person.
          Mention rest = Words.isCapitalised(doc, j) ? properPhrase(doc, j, limit) : null;
          if (rest != null && rest.type() == Type.NAME) {
            return widen(doc, t, rest);
          }
          break;
        }
        // Initials and inner periods: "J. Edgar", "Jr."
        if (Words.isPunct(doc, j, '.') && doc.tokenEnd(j - 1) - doc.tokenStart(j - 1) <= 2
            && Words.isCapitalised(doc, j + 1)) {
          j++;
        } else if ((Words.isPunct(doc, j, '-') || Words.isPunct(doc, j, '&'))
            && Words.isCapitalised(doc, j + 1)) {
          j++;
        }
        continue;
      }
      if (nameStart >= 0 && NAME_PARTICLES.contains(k) && Words.isCapitalised(doc, j + 1)) {
        j++;
        continue;
      }
      // Role words between a name and another name: "Tulsa police Chief Ann Lee",
      // "campaign press secretary Jill Park"
      int run = roleRun(doc, j, limit);
      if (run > 0) {
        j += run;
        nameStart = -1;
        titled = true;
        continue;
      }
      break;
    }
    if (nameStart < 0) {
      return null;
    }
    int end = j;
    while (end > nameStart && !Words.isWord(doc, end - 1)) {
      end--;
    }
    String last = Words.baseKey(doc, end - 1);
    if (lex.orgSuffixes.contains(last) && Words.isPunct(doc, end, '.')
        && doc.tokenStart(end) == doc.tokenEnd(end - 1)) {
      end++; // "Acme Corp." keeps its abbreviation's period
    }
    // A one-word name is its token: reuse the token's strings rather than make them again.
    boolean oneToken = end - nameStart == 1;
    String spelled = oneToken ? doc.tokenText(nameStart)
        : doc.text().substring(doc.tokenStart(nameStart), doc.tokenEnd(end - 1));
    String name = Words.stripPossessive(spelled);
    String full = oneToken && name == spelled ? doc.tokenKey(nameStart) : Lexicons.key(name);
    if (lex.orgNames.contains(full) || lex.orgSuffixes.contains(last)
        || lex.orgHeads.contains(last)) {
      return mention(doc, t, end, Type.ORG, Gender.N, false, full, name);
    }
    Noun role = lex.roleNouns.get(last);
    if (role != null && role.plural() || !titled && end - nameStart == 1
        && last.endsWith("s") && lex.givenNames.get(doc.tokenText(nameStart)) == null
        && isGroupWord(last)) {
      return mention(doc, t, end, Type.GROUP, Gender.UNKNOWN, true, full, name);
    }
    int first = personalStart(doc, nameStart, end);
    if (first > nameStart) {
      name = Words.stripPossessive(doc.text().substring(doc.tokenStart(first), doc.tokenEnd(end - 1)));
    }
    if (gender == Gender.UNKNOWN) {
      Gender g = lex.givenNames.get(doc.tokenText(first));
      if (g != null) {
        gender = g;
      }
    }
    return mention(doc, t, end, Type.NAME, gender, false, last, name);
  }

  /**
   * A sentence that opens with a participle phrase ({@code Reached by phone, …}, {@code Reflecting
   * the mood, …}, {@code Facing mounting criticism, …}): its first word ends in -ing or -ed, is no
   * given name, and is followed by a determiner, a preposition or another -ing word.
   */
  boolean isOpeningParticiple(TextDocument doc, int t, int limit) {
    String w = Words.lower(doc, t);
    if (!(w.endsWith("ing") || w.endsWith("ed")) || w.length() < 5
        || lex.givenNames.containsKey(doc.tokenText(t)) || t + 1 >= limit
        || !Words.isWord(doc, t + 1) || Words.isCapitalised(doc, t + 1)
        || doc.sentenceFirstToken(doc.sentenceAt(doc.tokenStart(t))) != t) {
      return false;
    }
    String next = Words.lower(doc, t + 1);
    return Words.DETERMINERS.contains(next) || Words.PREPOSITIONS.contains(next)
        || next.endsWith("ing") || next.equals("up") || next.equals("out") || next.equals("back");
  }

  /**
   * Where the personal name starts in a capitalised run: after a leading adjective or verb
   * or role ({@code Former Carson}, {@code Rival Ana Ruiz}, {@code Continued Park}, {@code Republican
   * Ana Ruiz}), and at a given name after two or more capitalised words (a headline's {@code Voters
   * Cheer For Ana Ruiz}). The surname stays whatever precedes it.
   */
  private int personalStart(TextDocument doc, int nameStart, int end) {
    int first = nameStart;
    while (end - first > 1 && Words.isWord(doc, first) && Words.isCapitalised(doc, first + 1)) {
      String k = doc.tokenKey(first);
      if (!TITLE_ADJECTIVES.contains(k) && !k.equals("rival") && !lex.roleNouns.containsKey(k)
          && !(k.endsWith("ed") && lex.cueVerbs.containsKey(k))) {
        break;
      }
      first++;
    }
    // In a longer run (two or more words before it), a given name starts the person's name;
    // a middle name ("Norbert Leo Butz") or a hyphenated surname ("Al-Tabchi") does not.
    for (int k = first + 2; k < end - 1; k++) {
      if (lex.givenNames.containsKey(doc.tokenText(k)) && !Words.isPunct(doc, k + 1, '-')
          && !Words.isPunct(doc, k - 1, '.') && !Words.isPunct(doc, k - 1, '-')) {
        return k;
      }
    }
    return first;
  }

  /** Lower-case role or organisation words followed by a capitalised word; their count, or 0. */
  private int roleRun(TextDocument doc, int j, int limit) {
    int k = j;
    boolean role = false;
    while (k < limit && k - j < 4 && Words.isWord(doc, k) && !Words.isCapitalised(doc, k)) {
      String w = doc.tokenKey(k);
      if (lex.roleNouns.containsKey(w)) {
        role = true;
      } else if (!lex.orgHeads.contains(w) && !MODIFIERS.contains(w)) {
        return 0;
      }
      k++;
    }
    return role && k > j && Words.isCapitalised(doc, k) ? k - j : 0;
  }

  private static final Set<String> MODIFIERS = Set.of("press", "deputy", "senior", "former",
      "chief", "assistant", "top", "acting", "national", "state", "campaign", "communications",
      "policy", "political", "foreign", "trade", "economic", "defense", "defence", "general",
      "executive", "vice", "interim", "then");

  /** Adjectives that stand before a title or role: {@code former Gov.}, {@code longtime aide}. */
  private static final Set<String> TITLE_ADJECTIVES = Set.of("former", "retired", "longtime",
      "late", "current", "outgoing", "incoming", "onetime", "ex", "fellow", "embattled",
      "freshman", "veteran", "conservative", "liberal", "moderate", "progressive", "powerful",
      "influential", "outspoken", "newly", "elected", "appointed", "then");

  private static boolean isGroupWord(String w) {
    return w.equals("democrats") || w.equals("republicans") || w.endsWith("ans")
        || w.endsWith("ists");
  }

  static Mention mention(TextDocument doc, int first, int end, Type type, Gender g,
      boolean plural, String key, String name) {
    return new Mention(doc.tokenStart(first), doc.tokenEnd(end - 1), first, end, type, g, plural,
        key, name);
  }
}
