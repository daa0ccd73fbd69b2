package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;

/**
 * Words that open a phrase set off by a comma before a sentence's subject, besides prepositions:
 * a time phrase, a participle or a sentence adverb.
 *
 * <pre>
 *   The next day, her office posted: …      Last week, the mayor said …
 *   Speaking in Ohio, Ana Ruiz added …      Asked about the vote, Lee said …
 *   Outside, protesters chanted …           Earlier, Lee had said …
 * </pre>
 *
 * Stateless.
 */
final class OpeningPhrase {
  private OpeningPhrase() {}

  /** Heads of a time phrase: {@code this week}, {@code the next day}, {@code earlier}. */
  private static final Set<String> TIME_HEADS = Set.of("this", "last", "next", "earlier", "later",
      "outside", "inside", "meanwhile", "separately", "overnight");

  /** Whether an opening phrase of one of these kinds starts at token {@code k}. */
  static boolean at(TextDocument doc, int k) {
    if (!Words.isWord(doc, k)) {
      return false;
    }
    String w = Words.lower(doc, k);
    if (TIME_HEADS.contains(w) || Words.TIME_WORDS.contains(w)) {
      return true;
    }
    if (w.equals("the") && k + 1 < doc.tokenCount()) {
      String n = Words.lower(doc, k + 1);
      return n.equals("next") || n.equals("following") || n.equals("same");
    }
    return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly"));
  }
}
