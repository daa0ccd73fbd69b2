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
  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("he", "she", "they", "we", "i", "it", "you");
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "van", "von", "der", "al", "bin", "la", "le", "du", "del", "da", "di", "mc");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four",
      "several", "some", "many", "another", "other", "few", "numerous", "various", "senior", "top",
      "dozens", "most");

  private final Lexicons lex;
  /** The first word of every title key: most tokens start none, and then no key need be built. */
  private final Set<String> titleFirstWords;

  MentionParser(Lexicons lex) {
    this.lex = lex;
    this.titleFirstWords = lex.titles.keySet().stream()
        .map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The speaker phrase starting at token {@code t} and ending before {@code limit}, or null. */
  @Nullable Mention parseAt(TextDocument doc, int t, int limit) {
    if (t < 0 || t >= limit || !Words.isWord(doc, t) && doc.tokenType(t) != TextDocument.NUMBER) {
      return null;
    }
    String w = Words.lower(doc, t);
    if (SUBJECT_PRONOUNS.contains(w)) {
      Noun n = lex.pronouns.get(w);
      Gender g = n == null ? Gender.UNKNOWN : n.gender();
      boolean pl = n != null ? n.plural() : w.equals("they") || w.equals("we");
      return mention(doc, t, t + 1, Type.PRONOUN, g, pl, w, doc.tokenText(t));
    }
    if (Words.DETERMINERS.contains(w) || doc.tokenType(t) == TextDocument.NUMBER) {
      return determinerPhrase(doc, t, limit, w);
    }
    if (Words.isCapitalised(doc, t)) {
      return properPhrase(doc, t, limit);
    }
    Noun role = lex.roleNouns.get(Lexicons.key(doc.tokenText(t)));
    if (role != null) {
      // Bare plural or role: "officials said", "aides said"
      return mention(doc, t, t + 1, role.plural() ? Type.GROUP : Type.ROLE, role.gender(),
          role.plural(), w, doc.tokenText(t));
    }
    return null;
  }

  private @Nullable Mention determinerPhrase(TextDocument doc, int t, int limit, String det) {
    int j = t + 1;
    int head = -1;
    Noun headNoun = null;
    boolean org = false;
    boolean capitals = false;
    while (j < limit && j - t <= 6 && (Words.isWord(doc, j) || Words.isPunct(doc, j, '-')
        || Words.isPunct(doc, j, '.') && head >= 0 && isTitleOrAbbrev(doc, j - 1))) {
      String w = Words.lower(doc, j);
      if (j > t + 1 && Words.DETERMINERS.contains(w) && !Words.isCapitalised(doc, j)
          || Words.PREPOSITIONS.contains(w) || Words.AUXILIARIES.contains(w)
          || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("and")
          || head >= 0 && lex.cueVerbs.containsKey(w) && !Words.isCapitalised(doc, j)) {
        break;
      }
      // After a known head or a name, a plain lower-case word is a verb or a modifier:
      // "the two senators met", "the Interior Ministry issued", "a source familiar with"
      if ((headNoun != null || org || capitals) && Words.isWord(doc, j)
          && !Words.isCapitalised(doc, j) && !Words.isPossessive(doc.tokenText(j - 1))
          && !lex.roleNouns.containsKey(Lexicons.key(doc.tokenText(j)))
          && !lex.orgHeads.contains(Lexicons.key(doc.tokenText(j)))) {
        break;
      }
      if (Words.isWord(doc, j)) {
        head = j;
        Noun n = lex.roleNouns.get(Lexicons.key(Words.stripPossessive(doc.tokenText(j))));
        if (n != null) {
          headNoun = n;
          org = false;
        } else if (lex.orgHeads.contains(Lexicons.key(doc.tokenText(j)))) {
          org = true;
          headNoun = null;
        }
        capitals |= Words.isCapitalised(doc, j);
        if (Words.isPossessive(doc.tokenText(j))) {
          // "the senator's spokesman": the phrase goes on to the possessed noun
          j++;
          continue;
        }
      }
      j++;
    }
    if (head < 0) {
      return null;
    }
    int end = head + 1;
    String name = doc.text().substring(doc.tokenStart(det.equals("the") || det.equals("a")
        || det.equals("an") ? t + 1 : t), doc.tokenEnd(head));
    String key = Lexicons.key(Words.stripPossessive(doc.tokenText(head)));
    if (headNoun != null) {
      boolean anon = INDEFINITE.contains(det) || doc.tokenType(t) == TextDocument.NUMBER;
      Type type = anon && isAnonymousHead(key) ? Type.ANON
          : headNoun.plural() ? Type.GROUP : Type.ROLE;
      if (type == Type.ANON) {
        end = familiarWith(doc, end, limit);
        name = doc.text().substring(doc.tokenStart(det.equals("a") || det.equals("an")
            || det.equals("the") ? t + 1 : t), doc.tokenEnd(end - 1));
      }
      return mention(doc, t, end, type, headNoun.gender(), headNoun.plural(), key, name);
    }
    if (org || capitals) {
      return mention(doc, t, end, Type.ORG, Gender.N, false, Lexicons.key(name), name);
    }
    return mention(doc, t, end, Type.ORG, Gender.UNKNOWN, key.endsWith("s"), key, name);
  }

  /** Extends an anonymous source over {@code familiar with the talks}, {@code close to the family}. */
  private static int familiarWith(TextDocument doc, int end, int limit) {
    if (end + 2 >= limit) {
      return end;
    }
    String w = Words.lower(doc, end);
    String p = Words.lower(doc, end + 1);
    boolean frame = (w.equals("familiar") || w.equals("close") || w.equals("knowledgeable")
        || w.equals("briefed")) && (p.equals("with") || p.equals("to") || p.equals("on")
        || p.equals("about"));
    if (!frame) {
      return end;
    }
    int k = end + 2;
    while (k < limit && k - end < 8 && Words.isWord(doc, k)
        && !Words.AUXILIARIES.contains(Words.lower(doc, k))
        && !Words.lower(doc, k).equals("who") && !Words.lower(doc, k).equals("said")) {
      k++;
    }
    return k;
  }

  private boolean isAnonymousHead(String key) {
    return switch (key) {
      case "source", "sources", "official", "officials", "person", "people", "aide", "aides",
          "insider", "insiders", "adviser", "advisers", "advisor", "advisors", "diplomat",
          "diplomats", "staffer", "staffers", "member", "members", "executive", "executives" -> true;
      default -> false;
    };
  }

  private boolean isTitleOrAbbrev(TextDocument doc, int t) {
    String k = Lexicons.key(doc.tokenText(t));
    return lex.titles.containsKey(k) || lex.orgSuffixes.contains(k)
        || doc.tokenEnd(t) - doc.tokenStart(t) == 1;
  }

  /** A capitalised phrase: a name with its titles and roles, an organisation, or a group. */
  private @Nullable Mention properPhrase(TextDocument doc, int t, int limit) {
    String lw = Words.lower(doc, t);
    if (Words.CLAUSE_OPENERS.contains(lw) || Words.TIME_WORDS.contains(lw)
        || Words.FUNCTION_WORDS.contains(lw) || Words.DETERMINERS.contains(lw)) {
      return null;
    }
    int j = t;
    int nameStart = -1;
    Gender gender = Gender.UNKNOWN;
    boolean titled = false;
    while (j < limit && j - t < 10) {
      String raw = doc.tokenText(j);
      String k = Lexicons.key(raw);
      int titleLen = titleAt(doc, j, limit);
      if (titleLen > 0 && (nameStart < 0 || j == nameStart)) {
        Gender g = lex.titles.get(titleKey(doc, j, titleLen));
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
    String last = Lexicons.key(Words.stripPossessive(doc.tokenText(end - 1)));
    if (lex.orgSuffixes.contains(last) && Words.isPunct(doc, end, '.')
        && doc.tokenStart(end) == doc.tokenEnd(end - 1)) {
      end++; // "Acme Corp." keeps its abbreviation's period
    }
    String name = doc.text().substring(doc.tokenStart(nameStart), doc.tokenEnd(end - 1));
    name = Words.stripPossessive(name);
    String full = Lexicons.key(name);
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
    if (gender == Gender.UNKNOWN) {
      Gender g = lex.givenNames.get(doc.tokenText(nameStart));
      if (g != null) {
        gender = g;
      }
    }
    return mention(doc, t, end, Type.NAME, gender, false, last, name);
  }

  /** Lower-case role or organisation words followed by a capitalised word; their count, or 0. */
  private int roleRun(TextDocument doc, int j, int limit) {
    int k = j;
    boolean role = false;
    while (k < limit && k - j < 4 && Words.isWord(doc, k) && !Words.isCapitalised(doc, k)) {
      String w = Lexicons.key(doc.tokenText(k));
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

  private static boolean isGroupWord(String w) {
    return w.equals("democrats") || w.equals("republicans") || w.endsWith("ans")
        || w.endsWith("ists");
  }

  /** Length in tokens of a title at {@code t} (multi-word titles first), or 0. */
  private int titleAt(TextDocument doc, int t, int limit) {
    // Every candidate key starts with this token's key form (with its final period stripped when
    // it is the whole key), so a token that starts no title ends the search before any string is
    // built: titleKey was the rules' largest allocation and a tenth of their time.
    String first = doc.tokenLower(t).replace('\u2019', '\'');
    if (!titleFirstWords.contains(first) && !titleFirstWords.contains(Lexicons.key(first))) {
      return 0;
    }
    for (int len = 3; len >= 1; len--) {
      if (t + len <= limit && lex.titles.containsKey(titleKey(doc, t, len))) {
        // A title must be followed by a name, or it is the name: "President" alone is a role.
        int after = t + len;
        if (Words.isPunct(doc, after, '.')) {
          after++;
        }
        if (after < limit && Words.isCapitalised(doc, after)) {
          return len;
        }
      }
    }
    return 0;
  }

  private static String titleKey(TextDocument doc, int t, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = t; i < t + len; i++) {
      if (i > t) {
        sb.append(' ');
      }
      sb.append(doc.tokenText(i));
    }
    return Lexicons.key(sb.toString());
  }

  private static Mention mention(TextDocument doc, int first, int end, Type type, Gender g,
      boolean plural, String key, String name) {
    return new Mention(doc.tokenStart(first), doc.tokenEnd(end - 1), first, end, type, g, plural,
        key, name);
  }
}
