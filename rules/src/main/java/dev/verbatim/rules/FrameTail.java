package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;

/**
 * The words that put a verb in the tail of an attribution frame into a subordinate clause, so that
 * it reports nothing of its own and the speaker's quote may resume after the frame:
 *
 * <pre>
 *   “We are ready,” said Lee, who said the vote was close. “It is time.”   (one quote, two pieces)
 *   “We are ready,” Lee said when asked about the vote. “It is time.”      (one quote, two pieces)
 *   “We are ready,” Lee said in a Friday post. “It is time.”               (one quote, two pieces)
 *   “We are ready,” Lee said, and Park replied. “It is time.”              (the second is Park's)
 *   “We are ready,” Lee said as Park nodded. “It is time.”                 (the second is Park's)
 * </pre>
 *
 * Stateless.
 */
final class FrameTail {
  private FrameTail() {}

  /** Relative pronouns and subordinators that open a clause inside the frame. */
  private static final Set<String> SUBORDINATORS = Set.of("who", "whom", "whose", "which",
      "when", "after", "before", "because", "since", "if", "where", "until", "though",
      "although", "that");

  /** Short words a title may leave in lower case: {@code Meet the Press}. */
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("the", "a", "an", "of", "and",
      "on", "in", "with", "for", "to", "at", "by");

  /**
   * Whether quotation {@code q} is capitalised throughout but for short words, like the name of a
   * show or a paper: {@code said on “Meet the Press.”}.
   */
  static boolean isTitle(DocumentRun run, int q) {
    int open = run.openTok[q];
    int close = run.closeTok[q];
    if (close < 0) {
      return false;
    }
    int words = 0;
    for (int k = open + 1; k < close; k++) {
      if (!Words.isWord(run.doc, k)) {
        continue;
      }
      words++;
      if (!Words.isCapitalised(run.doc, k) && (words == 1
          || !TITLE_SMALL_WORDS.contains(Words.lower(run.doc, k)))) {
        return false;
      }
    }
    return words > 0;
  }

  /** Coordinators that join a second main clause to the frame. */
  private static final Set<String> COORDINATORS = Set.of("and", "but", "while", "as", ";");

  /**
   * Whether the cue verb at {@code verb} stands in a main clause coordinated with the frame: a
   * coordinator in tokens {@code [from, verb)} and no subordinator between it and the verb.
   */
  static boolean coordinated(TextDocument doc, int from, int verb) {
    boolean joined = false;
    for (int k = from; k < verb; k++) {
      String w = Words.lower(doc, k);
      if (COORDINATORS.contains(w)) {
        joined = true;
      } else if (SUBORDINATORS.contains(w)) {
        joined = false;
      }
    }
    return joined;
  }
}
