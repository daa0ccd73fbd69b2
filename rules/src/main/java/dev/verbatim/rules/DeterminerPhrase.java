package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.rules.Lexicons.Noun;
import dev.verbatim.rules.Mention.Type;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a speaker phrase that opens with a determiner or a numeral: {@code the trade adviser}, {@code
 * two senators}, {@code a source familiar with the talks}, {@code the Interior Ministry}, {@code one
 * former party leadership aide}, {@code a 2008 campaign veteran}, {@code the 46-year-old}. Immutable
 * and thread-safe.
 */
final class DeterminerPhrase {
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four",
      "several", "some", "many", "another", "other", "few", "numerous", "various", "senior", "top",
      "dozens", "most");

  private final Lexicons lex;

  DeterminerPhrase(Lexicons lex) {
    this.lex = lex;
  }

  /** The phrase at {@code t}, whose first word {@code det} is a determiner or numeral, or null. */
  @Nullable Mention parse(TextDocument doc, int t, int limit, String det) {
    int j = t + 1;
    int head = -1;
    Noun headNoun = null;
    boolean org = false;
    boolean capitals = false;
    while (j < limit && j - t <= 6 && (Words.isWord(doc, j) || Words.isPunct(doc, j, '-')
        || doc.tokenType(j) == TextDocument.NUMBER && head < 0
        || Words.isPunct(doc, j, '.') && head >= 0 && isTitleOrAbbrev(doc, j - 1))) {
      String w = Words.lower(doc, j);
      if (j > t + 1 && Words.DETERMINERS.contains(w) && !Words.isCapitalised(doc, j)
          || Words.PREPOSITIONS.contains(w) || Words.AUXILIARIES.contains(w)
          || w.equals("who") || w.equals("which") || w.equals("that") || w.equals("and")
          || MentionParser.SUBJECT_PRONOUNS.contains(w)
          || w.equals("but") || w.equals("or")
          || head >= 0 && lex.cueVerbs.containsKey(w) && !Words.isCapitalised(doc, j)
          || headNoun != null && isPastVerb(doc, j, w)) {
        break;
      }
      // After a known head or a name, a plain lower-case word is a verb or a modifier:
      // "the two senators met", "the Interior Ministry issued", "a source familiar with";
      // unless a role noun closes the phrase: "one party leadership aide".
      if ((headNoun != null || org || capitals) && Words.isWord(doc, j)
          && !Words.isCapitalised(doc, j) && !Words.isPossessive(doc, j - 1)
          && !isRoleOrOrg(doc, j) && !isRoleOrOrg(doc, j + 1)) {
        break;
      }
      if (Words.isWord(doc, j)) {
        head = j;
        Noun n = lex.roleNouns.get(Words.baseKey(doc, j));
        if (n != null) {
          headNoun = n;
          org = false;
        } else if (lex.orgHeads.contains(doc.tokenKey(j))) {
          org = true;
          headNoun = null;
        }
        capitals |= Words.isCapitalised(doc, j);
        if (headNoun == null && !org && DocumentPhrase.isDocument(lex, doc, j)
            && DocumentPhrase.end(lex, doc, j, limit) > j + 1) {
          break; // "a report prepared for the council": the rest modifies the document
        }
        if (Words.isPossessive(doc, j)) {
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
    int from = det.equals("the") || det.equals("a") || det.equals("an") ? t + 1 : t;
    String name = doc.text().substring(doc.tokenStart(from), doc.tokenEnd(head));
    String key = Words.baseKey(doc, head);
    if (headNoun == null && isAge(doc, head)) {
      // "the 46-year-old said": an age used as a noun names a person
      headNoun = new Noun(Gender.UNKNOWN, false);
    }
    if (headNoun != null) {
      boolean anon = INDEFINITE.contains(det) || doc.tokenType(t) == TextDocument.NUMBER;
      Type type = anon && isAnonymousHead(key) ? Type.ANON
          : headNoun.plural() ? Type.GROUP : Type.ROLE;
      if (type == Type.ANON) {
        end = familiarWith(doc, end, limit);
        name = doc.text().substring(doc.tokenStart(from), doc.tokenEnd(end - 1));
      }
      return MentionParser.mention(doc, t, end, type, headNoun.gender(), headNoun.plural(), key,
          name);
    }
    if (!org && !capitals && DocumentPhrase.isDocument(lex, doc, head)) {
      // A document is named with its whole phrase: "a report prepared for the council".
      end = DocumentPhrase.end(lex, doc, head, limit);
      return MentionParser.mention(doc, t, end, Type.ORG, Gender.UNKNOWN, key.endsWith("s"), key,
          doc.text().substring(doc.tokenStart(t), doc.tokenEnd(end - 1)));
    }
    if (org || capitals) {
      return MentionParser.mention(doc, t, end, Type.ORG, Gender.N, false, Lexicons.key(name),
          name);
    }
    return MentionParser.mention(doc, t, end, Type.ORG, Gender.UNKNOWN, key.endsWith("s"), key,
        name);
  }

  /**
   * A past verb after a role noun ends the phrase even when a role noun follows it: {@code the
   * mayor met survivors}, {@code the aide handed reporters a copy}.
   */
  private boolean isPastVerb(TextDocument doc, int j, String w) {
    return Words.isWord(doc, j) && !Words.isCapitalised(doc, j) && !isRoleOrOrg(doc, j)
        && (w.endsWith("ed") || ClauseSubjects.IRREGULAR.contains(w));
  }

  private boolean isRoleOrOrg(TextDocument doc, int j) {
    if (!Words.isWord(doc, j) || Words.isCapitalised(doc, j)) {
      return false;
    }
    String k = doc.tokenKey(j);
    return lex.roleNouns.containsKey(k) || lex.orgHeads.contains(k);
  }

  /** {@code 46-year-old}: a number, a hyphen, {@code year}, a hyphen, {@code old}. */
  private static boolean isAge(TextDocument doc, int head) {
    return head >= 4 && Words.lower(doc, head).equals("old") && Words.isPunct(doc, head - 1, '-')
        && Words.lower(doc, head - 2).equals("year") && Words.isPunct(doc, head - 3, '-')
        && doc.tokenType(head - 4) == TextDocument.NUMBER;
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
    return lex.anonymousHeads.contains(key);
  }

  private boolean isTitleOrAbbrev(TextDocument doc, int t) {
    String k = doc.tokenKey(t);
    return lex.titles.containsKey(k) || lex.orgSuffixes.contains(k)
        || doc.tokenEnd(t) - doc.tokenStart(t) == 1;
  }
}
