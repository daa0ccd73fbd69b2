package dev.verbatim.rules;

import com.google.common.collect.ImmutableList;
import dev.verbatim.text.TextDocument;

/**
 * A cue inside a subordinate clause that opens its sentence reports only up to the comma that closes
 * that clause; what follows is the writer's main clause:
 *
 * <pre>
 *   While critics argue that the levy is too high, the council has kept it.   → "that the levy is too high"
 *   When Ruiz said the plant would close, workers walked out.                → "the plant would close"
 *   Though she never named her rival, Ruiz attacked his record.              → "her rival"
 * </pre>
 *
 * The openers are data ({@code fronted-subordinators.txt}). The cue must stand before the sentence's
 * first comma, or it is in the main clause ({@code When the vote came, Ruiz said the plan was dead}
 * reports to the end). Stateless.
 */
final class FrontedSubordinate {
  private FrontedSubordinate() {}

  /**
   * Where a clause reported from {@code from} by the cue at {@code cueTok} in sentence {@code s}
   * ends: the first comma outside quotations after it when the sentence opens with a subordinate
   * clause holding the cue, else {@code end}.
   */
  static int stop(DocumentRun run, int s, int cueTok, int from, int end) {
    TextDocument doc = run.doc;
    int first = doc.sentenceFirstToken(s);
    while (first < cueTok && !Words.isWord(doc, first)) {
      first++; // an opening quotation mark or dash
    }
    if (!opens(run, first, cueTok)) {
      return end;
    }
    for (int t = first; t < cueTok; t++) {
      if (Words.isPunct(doc, t, ',')) {
        return end; // "When the vote came, Ruiz said ...": the cue is in the main clause
      }
    }
    for (int t = from + 1; t < end; t++) {
      if (Words.isPunct(doc, t, ',') && run.quoteAt[t] < 0) {
        return t;
      }
    }
    return end;
  }

  /** Whether one of the listed openers stands at token {@code t}, word for word, before {@code limit}. */
  private static boolean opens(DocumentRun run, int t, int limit) {
    for (ImmutableList<String> words : run.ctx.lex.frontedSubordinators) {
      int k = 0;
      while (k < words.size() && t + k < limit && Words.isWord(run.doc, t + k)
          && Words.lower(run.doc, t + k).equals(words.get(k))) {
        k++;
      }
      if (k == words.size()) {
        return true;
      }
    }
    return false;
  }
}
