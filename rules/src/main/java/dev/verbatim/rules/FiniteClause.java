package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;

/**
 * Whether a clause with its own subject and finite verb opens at a token, when the subject is a
 * thing rather than a speaker phrase:
 *
 * <pre>
 *   I think [this meeting is too late].
 *   They believe [the new tax could help the party].
 *   I think [it's in our interest].
 * </pre>
 *
 * The subject is a short run of words with no punctuation, cue verb or preposition before the
 * verb. Stateless and thread-safe.
 */
final class FiniteClause {
  private FiniteClause() {}

  /** How many words a subject may have before its verb. */
  private static final int SUBJECT_WORDS = 5;

  private static final Set<String> FINITE = Set.of("will", "would", "could", "can", "should",
      "must", "might", "may", "is", "was", "are", "were", "has", "had", "have", "did", "does",
      "won't", "can't", "isn't", "wasn't", "aren't", "doesn't", "didn't", "wouldn't", "couldn't",
      "shouldn't", "hasn't", "haven't");

  /** Contractions of a pronoun and a finite verb: {@code it's}, {@code they're}, {@code we'll}. */
  private static final Set<String> CONTRACTED = Set.of("it's", "that's", "there's", "he's",
      "she's", "they're", "we're", "you're", "i'm", "it'll", "they'll", "we'll", "he'll", "she'll",
      "i'll", "they've", "we've", "i've", "he'd", "she'd", "they'd", "we'd", "i'd", "what's");

  private static final Set<String> NO_SUBJECT = Set.of("to", "that", "if", "whether", "not",
      "so", "about", "of", "it", "you", "him", "her", "them", "me", "us", "which", "who", "where",
      "when", "what", "how", "why");

  static boolean opensAt(DocumentRun run, int j, int end) {
    TextDocument doc = run.doc;
    if (j >= end || !Words.isWord(doc, j)) {
      return false;
    }
    String first = Words.lower(doc, j).replace('\u2019', '\'');
    if (CONTRACTED.contains(first)) {
      return j + 1 < end;
    }
    if (NO_SUBJECT.contains(first) || Words.PREPOSITIONS.contains(first)
        || run.ctx.lex.cueVerbs.containsKey(first)) {
      return false;
    }
    for (int k = j + 1; k < Math.min(end, j + 1 + SUBJECT_WORDS); k++) {
      if (!Words.isWord(doc, k)) {
        return false;
      }
      String w = Words.lower(doc, k).replace('\u2019', '\'');
      if (FINITE.contains(w)) {
        return k + 1 < end;
      }
      if (Words.PREPOSITIONS.contains(w) || run.ctx.lex.cueVerbs.containsKey(w)
          || w.equals("and") || w.equals("or") || w.equals("that") || w.equals("who")) {
        return false;
      }
    }
    return false;
  }
}
