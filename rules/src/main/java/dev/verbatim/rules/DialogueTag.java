package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the dialogue tag beside one quotation of a novel and the speaker phrase it names:
 *
 * <pre>
 *   “Not yet,” said Nora.            “Not yet,” Nora replied.         “Not yet,” returned he.
 *   “Not yet,” said her uncle.       “Not yet,” the old sailor muttered quietly.
 *   “Not yet,” cried the latter.     Nora answered, “Not yet.”        He went on: “Not yet.”
 * </pre>
 *
 * Only the words between the quote and the end of its sentence (or the colon or comma that opens
 * it) are read, so the cost per quote is constant. Stateless.
 */
final class DialogueTag {
  /** What a speaker phrase is. */
  enum Kind { NAME, PRONOUN, NARRATOR, PHRASE, CONVERSATIONAL, OTHER_NAME }

  /**
   * A speaker phrase and the tag it goes with.
   *
   * @param character the cast id, for names; else -1
   * @param phrase lower-case words of a noun phrase without a leading "the", for phrases
   */
  record Ref(Kind kind, int firstTok, int endTok, int character, Gender gender,
      FictionLexicon.@Nullable Refers refers, String phrase, int cueTok, int cueEndTok) {}

  private static final Set<String> OPENERS = Set.of("the", "her", "his", "my", "their", "our",
      "your", "a", "an", "this", "that", "poor", "little", "old", "young");
  private static final Set<String> STOPS = Set.of("to", "with", "in", "at", "on", "as", "and",
      "but", "who", "which", "that", "from", "for", "after", "before", "when", "while", "of",
      "again", "then", "now", "into", "upon", "once", "still", "too", "also", "softly");
  /** Auxiliaries between a subject and its tag verb: {@code Nora was saying}, {@code he would say}. */
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "had", "has", "would",
      "will", "could", "should", "might", "must", "did", "is", "then");
  private static final Set<String> BETWEEN = Set.of("then", "again", "now", "at", "once", "only",
      "presently", "suddenly", "slowly", "quietly", "still", "too", "also");

  private DialogueTag() {}

  /** The tag after a quotation whose closing mark is token {@code close}, before token {@code stop}. */
  static @Nullable Ref after(TextDocument doc, Cast cast, FictionLexicon fl, Lexicons lex,
      int close, int stop) {
    int t = close + 1;
    if (Words.isPunct(doc, t, ',') || Words.isDash(doc, t)) {
      t++;
    }
    if (t >= stop) {
      return null;
    }
    int n = fl.tagAt(doc, t);
    if (n > 0) {
      Ref m = mention(doc, cast, fl, lex, t + n, stop, t, t + n);
      if (m != null) {
        return m;
      }
    }
    Ref m = mention(doc, cast, fl, lex, t, stop, -1, -1);
    if (m == null) {
      return null;
    }
    int k = m.endTok();
    for (int skip = 0; skip < 2 && k < stop && isBetween(doc, k); skip++) {
      k++;
    }
    n = k < stop ? fl.tagAt(doc, k) : 0;
    return n > 0 ? withCue(m, k, k + n) : null;
  }

  /** The tag before a quotation whose opening mark is token {@code open}, after token {@code from}. */
  static @Nullable Ref before(TextDocument doc, Cast cast, FictionLexicon fl, Lexicons lex,
      int open, int from) {
    int k = open - 1;
    if (k <= from || !(Words.isPunct(doc, k, ',') || Words.isPunct(doc, k, ':')
        || Words.isDash(doc, k))) {
      return null;
    }
    // "Nora said, …" / "Nora said quietly, …"
    int end = k;
    for (int skip = 0; skip < 2 && end - 1 > from && isBetween(doc, end - 1); skip++) {
      end--;
    }
    for (int n = 1; n <= 2; n++) {
      int tag = end - n;
      if (tag > from && fl.tagAt(doc, tag) == n) {
        // "Nora was saying, …", "he would say, …": the subject stands before the auxiliary
        int subjEnd = tag;
        if (subjEnd - 1 > from && Words.isWord(doc, subjEnd - 1)
            && AUXILIARIES.contains(doc.tokenLower(subjEnd - 1))) {
          subjEnd--;
        }
        // a character's name before any other phrase: "Presently Nora said", "At the door Nora
        // said"; a phrase before a capitalised phrase that is no character's name
        Ref phrase = null;
        Ref loose = null;
        for (int s = Math.max(from + 1, subjEnd - 4); s < subjEnd; s++) {
          Ref m = mention(doc, cast, fl, lex, s, subjEnd, tag, tag + n);
          if (m != null && m.endTok() == subjEnd) {
            if (m.kind() == Kind.OTHER_NAME) {
              loose = loose == null ? m : loose;
            } else if (m.kind() == Kind.PHRASE || m.kind() == Kind.CONVERSATIONAL) {
              phrase = phrase == null ? m : phrase;
            } else {
              return m;
            }
          }
        }
        if (phrase != null || loose != null) {
          return phrase != null ? phrase : loose;
        }
      }
    }
    // "… said he, …" / "… cried Nora: …"
    for (int s = k - 1; s > from && s >= k - 4; s--) {
      int n = fl.tagAt(doc, s - 1) == 1 ? 1 : fl.tagAt(doc, s - 2) == 2 ? 2 : 0;
      if (n > 0) {
        Ref m = mention(doc, cast, fl, lex, s, k, s - n, s);
        if (m != null && m.endTok() == k) {
          return m;
        }
      }
    }
    return null;
  }

  /** The speaker phrase starting at token {@code t}, ending before {@code stop}, or null. */
  static @Nullable Ref mention(TextDocument doc, Cast cast, FictionLexicon fl, Lexicons lex,
      int t, int stop, int cue, int cueEnd) {
    if (t >= stop || !Words.isWord(doc, t)) {
      return null;
    }
    Cast.Named name = cast.nameAt(t);
    if (name != null && name.endTok() <= stop) {
      return new Ref(Kind.NAME, t, name.endTok(), name.character(),
          cast.get(name.character()).gender, null, "", cue, cueEnd);
    }
    String w = doc.tokenLower(t);
    if (w.equals("i")) {
      return new Ref(Kind.NARRATOR, t, t + 1, -1, Gender.UNKNOWN, null, "", cue, cueEnd);
    }
    Lexicons.Noun p = lex.pronouns.get(w);
    if (p != null && !p.plural() && (w.equals("he") || w.equals("she"))) {
      return new Ref(Kind.PRONOUN, t, t + 1, -1, p.gender(), null, "", cue, cueEnd);
    }
    for (int n = 3; n >= 2; n--) {
      FictionLexicon.Refers r = t + n <= stop ? fl.phraseAt(doc, t, n) : null;
      if (r != null) {
        return new Ref(Kind.CONVERSATIONAL, t, t + n, -1, Gender.UNKNOWN, r, "", cue, cueEnd);
      }
    }
    if (Words.isCapitalised(doc, t) && !Words.FUNCTION_WORDS.contains(w)
        && !Words.CLAUSE_OPENERS.contains(w) && !lex.pronouns.containsKey(w) && !OPENERS.contains(w)) {
      // a name the cast did not take ("said Dr. Bull" when "bull" is also a word)
      int k = t + 1;
      if (lex.titles.containsKey(Lexicons.key(doc.tokenText(t))) && Words.isPunct(doc, k, '.')) {
        k++;
      }
      while (k < stop && k - t < 4 && Words.isCapitalised(doc, k)) {
        k++;
      }
      if (k > t + 1 || !lex.titles.containsKey(Lexicons.key(w))) {
        String text = doc.text().substring(doc.tokenStart(t), doc.tokenEnd(k - 1));
        return new Ref(Kind.OTHER_NAME, t, k, -1, Gender.UNKNOWN, null,
            text.replaceAll("\\s+", " "), cue, cueEnd);
      }
    }
    if (cue >= 0 && t == cueEnd && Character.isLowerCase(doc.text().charAt(doc.tokenStart(t)))
        && !w.endsWith("ly")
        && !lex.pronouns.containsKey(w) && !OPENERS.contains(w) && !STOPS.contains(w)
        && (t + 1 == stop || doc.tokenType(t + 1) == TextDocument.PUNCT)) {
      return new Ref(Kind.PHRASE, t, t + 1, -1, Gender.UNKNOWN, null, w, cue, cueEnd); // "said nanny."
    }
    if (OPENERS.contains(w) && Character.isLowerCase(doc.text().charAt(doc.tokenStart(t)))
        || w.equals("the")) {
      int k = t + 1;
      StringBuilder sb = new StringBuilder(w.equals("the") ? "" : w);
      while (k < stop && k - t < 4 && Words.isWord(doc, k) && !STOPS.contains(doc.tokenLower(k))
          && !doc.tokenLower(k).endsWith("ly") && fl.tagAt(doc, k) == 0) {
        sb.append(sb.length() == 0 ? "" : " ").append(doc.tokenLower(k));
        k++;
      }
      if (k > t + 1) {
        return new Ref(Kind.PHRASE, t, k, -1, Gender.UNKNOWN, null, sb.toString(), cue, cueEnd);
      }
    }
    return null;
  }

  private static boolean isBetween(TextDocument doc, int t) {
    if (!Words.isWord(doc, t)) {
      return false;
    }
    String w = doc.tokenLower(t);
    return BETWEEN.contains(w) || w.endsWith("ly") && w.length() > 4;
  }

  private static Ref withCue(Ref m, int cue, int cueEnd) {
    return new Ref(m.kind(), m.firstTok(), m.endTok(), m.character(), m.gender(), m.refers(),
        m.phrase(), cue, cueEnd);
  }
}
