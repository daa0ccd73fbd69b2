package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;

/**
 * A quotation that a sentence about something written introduces with a colon or a dash is that
 * text copied into the story (a letter, a note, a label, a headline), not a line of dialogue:
 *
 * <pre>
 *   The note on the kitchen table said only this:           (the note says it: still written)
 *
 *   “Gone to the coast. Back on Friday.”                  written: no line
 *
 *   She turned the jar and read the label: “Not to be taken.”   written: no line
 *   She took the letter and said: “Not to be opened.”            a line: a tag in the sentence
 * </pre>
 *
 * The words that tell of writing are data ({@code fiction-written-words.txt}). Reads the tokens of
 * one sentence before the quotation, so the cost per quotation is constant. Stateless.
 */
final class WrittenText {
  /** Most tokens read back from the colon for a word of writing. */
  static final int REACH = 40;
  /** Most words between a tag and the word of writing that is its subject. */
  static final int SUBJECT_WORDS = 6;
  /** Words that end the search for the tag's subject: a conjunction or a personal pronoun. */
  private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of("and", "but", "or",
      "then", "he", "she", "they", "i", "we", "you");

  private WrittenText() {}

  /** Whether {@code q} follows a colon or dash that ends a sentence about something written. */
  static boolean introduced(TextDocument doc, FictionLexicon fl, QuoteSpan q) {
    int open = doc.tokenAtOrAfter(q.start());
    int k = open - 1;
    if (k < 0 || !(Words.isPunct(doc, k, ':') || Words.isDash(doc, k))) {
      return false;
    }
    int sentence = doc.sentenceAt(doc.tokenStart(k));
    int first = Math.max(doc.sentenceFirstToken(sentence), k - REACH);
    boolean written = false;
    for (int t = k - 1; t >= first; t--) {
      if (!Words.isWord(doc, t)) {
        if (Words.isQuoteMark(doc, t)) {
          return false; // a line stands in the sentence: what follows answers it
        }
        continue;
      }
      if (fl.isWrittenWord(doc.tokenLower(t))) {
        written = true;
      } else if (fl.tagAt(doc, t) > 0) {
        if (!writingSays(doc, fl, t)) {
          return false; // she said: “…”
        }
        written = true; // the note said: “…”
      }
    }
    return written;
  }

  /**
   * Whether the subject of the tag at {@code tag} is the writing itself: {@code it said}, {@code the
   * note on the table said}, a word of writing among the few words before it in its clause.
   */
  private static boolean writingSays(TextDocument doc, FictionLexicon fl, int tag) {
    if (Words.isWord(doc, tag - 1) && doc.tokenLower(tag - 1).equals("it")) {
      return true;
    }
    for (int t = tag - 1, words = 0; t >= 0 && words < SUBJECT_WORDS && Words.isWord(doc, t);
        t--, words++) {
      String w = doc.tokenLower(t);
      if (fl.isWrittenWord(w)) {
        return true;
      }
      if (CLAUSE_BREAKS.contains(w)) {
        return false; // he took the letter and said: the tag has a subject of its own
      }
    }
    return false;
  }
}
