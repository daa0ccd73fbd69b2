package dev.verbatim.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.verbatim.rules.Lexicons.CueVerb;
import dev.verbatim.rules.Lexicons.Phrase;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the cues in a token range: multi-word cues first (longest match), then phrasal verbs, then
 * single cue verbs. Immutable and thread-safe.
 */
final class CueFinder {
  private final Lexicons lex;
  private final WordClasses classes;
  /**
   * For each multi-word cue of {@link Lexicons#phrases}, in the same order: the word id of its second
   * word, or {@link #ANY_SECOND} when that is the speaker slot or {@code 's}. "in" starts 35 phrases,
   * and a comparison of ids turns down those whose second word the next token is not.
   */
  private final ImmutableMap<String, int[]> secondIds;
  private static final int ANY_SECOND = Integer.MIN_VALUE;

  CueFinder(Lexicons lex, WordClasses classes) {
    this.lex = lex;
    this.classes = classes;
    ImmutableMap.Builder<String, int[]> seconds = ImmutableMap.builder();
    lex.phrases.forEach((first, list) -> {
      int[] ids = new int[list.size()];
      for (int i = 0; i < ids.length; i++) {
        List<String> toks = list.get(i).tokens();
        String second = toks.size() > 1 ? toks.get(1) : "x";
        ids[i] = second.equals("x") || second.equals("'s") ? ANY_SECOND : classes.idOf(second);
      }
      seconds.put(first, ids);
    });
    this.secondIds = seconds.build();
  }

  /** Cues in tokens {@code [from, to)}, in text order, not overlapping. */
  List<Cue> find(TextDocument doc, int from, int to) {
    List<Cue> out = new ArrayList<>();
    for (int t = from; t < to; ) {
      Cue c = at(doc, t, to);
      if (c != null) {
        out.add(c);
        t = c.endTok();
      } else {
        t++;
      }
    }
    return out;
  }

  /** The cue starting at token {@code t}, or null. */
  @Nullable Cue at(TextDocument doc, int t, int to) {
    if (doc.tokenType(t) != TextDocument.WORD) {
      return null;
    }
    if (!classes.any(doc, t, WordClasses.CUE_START)) {
      return null; // most words: one array read, and no lower-case string made
    }
    String w = Words.lower(doc, t);
    Cue best = null;
    List<Phrase> phrases = lex.phrases.get(w);
    if (phrases != null) {
      int[] seconds = secondIds.get(w);
      // The next token's id, or ANY_SECOND when it may not be compared by id (İ, another vocabulary).
      int next = t + 1 < to && classes.idsIndex(doc) ? doc.tokenWordId(t + 1) : ANY_SECOND;
      if (next < -1) {
        next = ANY_SECOND;
      }
      for (int i = 0; i < phrases.size(); i++) {
        if (next != ANY_SECOND && seconds[i] != ANY_SECOND && seconds[i] != next) {
          continue; // the next token is not the phrase's second word
        }
        Phrase p = phrases.get(i);
        Cue c = matchPhrase(doc, t, to, p);
        if (c != null && (best == null || c.endTok() > best.endTok())) {
          best = c;
        }
      }
    }
    if (best != null) {
      return best;
    }
    ImmutableList<ImmutableList<String>> phrasal = lex.phrasalVerbs.get(w);
    if (phrasal != null) {
      for (ImmutableList<String> parts : phrasal) {
        if (matches(doc, t, to, parts)) {
          CueVerb v = lex.phrasalInfo.get(String.join(" ", parts));
          if (v != null && !v.gerund() && isNounSlot(doc, t)) {
            return null; // "his call for a ban", "the push for reform": a noun, not a verb
          }
          return new Cue(t, t + parts.size(), Cue.Kind.VERB, v);
        }
      }
    }
    CueVerb v = lex.cueVerbs.get(w);
    if (v != null && (v.gerund() ? isGerundNoun(doc, t) : isNounSlot(doc, t))) {
      return null; // "the note", "Editor's note:", "in order to", "the court's ruling": a noun
    }
    if (v != null && lex.nounHomographs.contains(w) && NounHomograph.isNoun(doc, t, to)) {
      return null; // "her home state of Ohio", "battleground states", "state lawmakers"
    }
    if (v != null && !Words.isCapitalised(doc, t)) {
      return new Cue(t, t + 1, Cue.Kind.VERB, v);
    }
    if (v != null && v.cueClass() != Lexicons.CueClass.RISKY
        && v.cueClass() != Lexicons.CueClass.STANCE && startsSentence(doc, t)) {
      return new Cue(t, t + 1, Cue.Kind.VERB, v); // "Said Ruiz: ..."
    }
    return null;
  }

  private boolean matches(TextDocument doc, int t, int to, List<String> parts) {
    if (t + parts.size() > to) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (classes.absent(doc, t + i) || !Words.lower(doc, t + i).equals(parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  private @Nullable Cue matchPhrase(TextDocument doc, int t, int to, Phrase p) {
    List<String> toks = p.tokens();
    int j = t;
    int slot = -1;
    int slotEnd = -1;
    for (int i = 0; i < toks.size(); i++) {
      String want = toks.get(i);
      if (want.equals("x")) {
        // The slot: one to five capitalised or determiner-led words.
        slot = j;
        int k = j;
        String next = i + 1 < toks.size() ? toks.get(i + 1) : null;
        while (k < to && k - j < 6 && (next == null || !tokenMatches(doc, k, next))) {
          k++;
        }
        if (k == j || k >= to && next != null) {
          return null;
        }
        j = k;
        slotEnd = k;
        continue;
      }
      if (j >= to || !tokenMatches(doc, j, want)) {
        return null;
      }
      j++;
    }
    String kind = p.kind();
    Cue.Kind k = switch (kind) {
      case "source-after" -> Cue.Kind.SOURCE_AFTER;
      case "object-speaker", "possessive-speaker" -> Cue.Kind.SLOT;
      default -> Cue.Kind.SUBJECT_PHRASE;
    };
    CueVerb verb = null;
    for (int i = t; i < j && verb == null; i++) {
      verb = lex.cueVerbs.get(Words.lower(doc, i));
    }
    return new Cue(t, j, k, verb, slot, slotEnd);
  }

  private static final java.util.Set<String> NOUN_MARKERS = java.util.Set.of("the", "a", "an",
      "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "in",
      "of", "for", "with", "by", "to", "on", "at", "from", "into", "any", "no", "every", "each");

  /** Numbers and quantifiers: after one, a form in -s is a plural noun ({@code two states}). */
  private static final java.util.Set<String> COUNTS = java.util.Set.of("two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "dozen",
      "dozens", "hundred", "hundreds", "thousands", "few", "several", "many", "other", "both", "all",
      "various", "numerous", "more", "fewer", "multiple", "these", "those");

  /**
   * Whether token {@code t} stands where a noun does: after a determiner, possessive or preposition,
   * or, for a form in -s, after a number or quantifier ({@code the two states}, {@code 50 states},
   * {@code a few reports}).
   */
  private static boolean isNounSlot(TextDocument doc, int t) {
    if (t == 0) {
      return false;
    }
    boolean plural = Words.lower(doc, t).endsWith("s");
    if (plural && doc.tokenType(t - 1) == TextDocument.NUMBER) {
      return true;
    }
    if (!Words.isWord(doc, t - 1)) {
      return false;
    }
    String prev = Words.lower(doc, t - 1);
    return NOUN_MARKERS.contains(prev) || Words.isPossessive(doc, t - 1)
        || plural && COUNTS.contains(prev);
  }

  /** Determiners that make an -ing form a noun: {@code the ruling}, {@code a warning}. */
  private static final java.util.Set<String> GERUND_DETERMINERS = java.util.Set.of("the", "a",
      "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
      "any", "no", "every", "each");

  /**
   * Whether the -ing form at {@code t} is a noun: after a determiner or a possessive ({@code the
   * court's ruling}, {@code a warning}), not after a preposition ({@code by saying}).
   */
  private static boolean isGerundNoun(TextDocument doc, int t) {
    if (t == 0 || !Words.isWord(doc, t - 1)) {
      return false;
    }
    return GERUND_DETERMINERS.contains(Words.lower(doc, t - 1))
        || Words.isPossessive(doc, t - 1);
  }

  private static boolean startsSentence(TextDocument doc, int t) {
    int s = doc.sentenceAt(doc.tokenStart(t));
    return doc.sentenceFirstToken(s) == t;
  }

  private boolean tokenMatches(TextDocument doc, int k, String want) {
    if (want.equals("'s")) {
      return Words.isPossessive(doc, k);
    }
    // A phrase's words are in the vocabulary: a token that is none of its words matches none.
    return !classes.absent(doc, k) && Words.lower(doc, k).equals(want);
  }
}
