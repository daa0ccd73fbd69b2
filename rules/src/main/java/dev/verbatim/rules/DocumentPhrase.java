package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;

/**
 * The words after a document's head noun that still name it: a participle and what it governs, or
 * a prepositional phrase.
 *
 * <pre>
 *   a report prepared for the council        → "a report prepared for the council"
 *   the survey released on Monday showed     → "the survey released on Monday"
 *   a new poll of likely voters found        → "a new poll of likely voters"
 *   the report said                          → "the report" (nothing follows)
 * </pre>
 *
 * The phrase stops at punctuation, a relative or conjunction, an auxiliary or a finite cue verb, so
 * in {@code the report showed that} the verb stays the cue. Stateless.
 */
final class DocumentPhrase {
  private DocumentPhrase() {}

  /** Most words a tail may take: longer runs are more often the rest of the clause. */
  private static final int MAX_TAIL = 9;

  /** Whether the head at {@code head} is a document noun whose tail is worth reading. */
  static boolean isDocument(Lexicons lex, TextDocument doc, int head) {
    return Words.isWord(doc, head) && !Words.isCapitalised(doc, head)
        && lex.documentHeads.contains(Lexicons.key(doc.tokenText(head)));
  }

  /** The token after the document phrase whose head noun is at {@code head}, before {@code limit}. */
  static int end(Lexicons lex, TextDocument doc, int head, int limit) {
    int k = head + 1;
    if (k >= limit || !Words.isWord(doc, k) || Words.isCapitalised(doc, k)) {
      return head + 1;
    }
    String w = Words.lower(doc, k);
    boolean participle = isParticiple(lex, doc, k, limit);
    if (!participle && !Words.PREPOSITIONS.contains(w)) {
      return head + 1;
    }
    int stop = k + 1;
    for (int t = k + 1; t < limit && t - head <= MAX_TAIL; t++) {
      if (!Words.isWord(doc, t) && doc.tokenType(t) != TextDocument.NUMBER
          && !Words.isPunct(doc, t, '-') && !Words.isPunct(doc, t, '/')
          && !(Words.isPunct(doc, t, '.') && t > 0 && doc.tokenEnd(t - 1) == doc.tokenStart(t))) {
        break;
      }
      String x = Words.lower(doc, t);
      if (x.equals("that") || x.equals("which") || x.equals("who") || x.equals("and")
          || x.equals("but") || x.equals("or") || Words.AUXILIARIES.contains(x)
          && !Words.TIME_WORDS.contains(x)
          || !Words.isCapitalised(doc, t) && lex.cueVerbs.containsKey(x)
          && !isParticiple(lex, doc, t, limit)) {
        break;
      }
      stop = t + 1;
    }
    while (stop > k + 1 && Words.PREPOSITIONS.contains(Words.lower(doc, stop - 1))) {
      stop--; // never end on a preposition: "a poll of"
    }
    return stop;
  }

  /**
   * A past participle that opens a reduced relative: {@code prepared for}, {@code released on
   * Monday}, {@code published in}. A cue verb's -ed form counts only when a preposition or a time
   * word follows it, since otherwise it is the finite verb ({@code the report warned the city}).
   */
  private static boolean isParticiple(Lexicons lex, TextDocument doc, int k, int limit) {
    String w = Words.lower(doc, k);
    if (!w.endsWith("ed") || w.length() < 5) {
      return false;
    }
    if (!lex.cueVerbs.containsKey(w)) {
      return true;
    }
    String next = k + 1 < limit ? Words.lower(doc, k + 1) : "";
    return Words.PREPOSITIONS.contains(next) && !next.equals("to") || Words.TIME_WORDS.contains(next);
  }
}
