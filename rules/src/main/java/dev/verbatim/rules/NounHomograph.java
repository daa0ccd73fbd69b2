package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;

/**
 * A cue verb form that news mostly uses as a noun ({@code noun-homograph-cues.txt}) is a verb only
 * where the verb reading is plain:
 *
 * <pre>
 *   The charter states that the board must meet.     → cue (before "that")
 *   It states: “No member may vote twice.”            → cue (before a colon)
 *   They state their aim is a fair count.             → cue (after a subject pronoun)
 *   Ruiz won her home state of Ohio.                  → no cue
 *   Three swing states, the poll found, lean left.    → no cue
 *   state lawmakers said ...                          → no cue
 * </pre>
 *
 * Stateless.
 */
final class NounHomograph {
  private NounHomograph() {}

  /** Pronouns before a verb: subjects and the relatives that stand for one ({@code which states}). */
  private static final Set<String> BEFORE_VERB = Set.of("he", "she", "they", "we", "i", "it",
      "you", "which", "who");

  /** Whether the listed noun-homograph form at token {@code t} reads as a noun here, not a cue. */
  static boolean isNoun(TextDocument doc, int t, int to) {
    if (t > 0 && Words.isWord(doc, t - 1) && BEFORE_VERB.contains(Words.lower(doc, t - 1))) {
      return false;
    }
    if (t + 1 >= to) {
      return true;
    }
    return !doc.tokenLowerIs(t + 1, "that") && !Words.isPunct(doc, t + 1, ':')
        && !Words.isQuoteMark(doc, t + 1);
  }
}
