package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The subject that opens a sentence, read past what news puts before it: a dateline, an opening
 * phrase set off by a comma, a sentence adverb. It is the speaker of a participle or a second verb
 * that has none of its own:
 *
 * <pre>
 *   DAYTON (Wire) — Ana Ruiz rallied supporters, saying: “…”           → Ana Ruiz
 *   In a statement on Thursday, Rep. Tom Lee reacted, saying: “…”      → Rep. Tom Lee
 *   He then put on a fake accent and joked, “…”                       → He
 *   The next day, her office posted: “…”                             → her office
 *   Speaking in Ohio, Ana Ruiz added, “…”                             → Ana Ruiz
 *   At a rally in Ames, Iowa, on Sunday, Ana Ruiz left, saying …       → Ana Ruiz, not Iowa
 * </pre>
 *
 * Stateless.
 */
final class SentenceSubject {
  /** How far into the sentence an opening phrase may run before its comma. */
  private static final int OPENER = 16;

  private SentenceSubject() {}

  /** The subject opening sentence {@code s}, searching before token {@code before}; or null. */
  static @Nullable Mention of(DocumentRun run, int s, int before) {
    TextDocument doc = run.doc;
    int k = doc.sentenceFirstToken(s);
    k = skipDateline(doc, k, before);
    while (k < before && (Words.isQuoteMark(doc, k) || Words.isDash(doc, k))) {
      k++;
    }
    for (int round = 0; round < 3 && k < before && (Words.PREPOSITIONS.contains(Words.lower(doc, k))
        || Words.CLAUSE_OPENERS.contains(Words.lower(doc, k)) || OpeningPhrase.at(doc, k)); round++) {
      int comma = k + 1;
      while (comma < before && comma - k < OPENER && !Words.isPunct(doc, comma, ',')
          && run.quoteAt[comma] < 0) {
        comma++;
      }
      if (comma < before && Words.isPunct(doc, comma, ',')) {
        k = comma + 1; // "In a statement on Thursday, Lee …"
        // "At a rally in Ames, Iowa, on Sunday, Lee …": the place's state and what follows it
        // belong to the opening phrase
        k = Places.restAfter(run.ctx.lex, doc, doc.sentenceFirstToken(s), comma, k, before);
        continue;
      } else if (Words.CLAUSE_OPENERS.contains(Words.lower(doc, k))) {
        k++; // "But Lee …"
      } else if (!OpeningPhrase.at(doc, k) || Words.PREPOSITIONS.contains(Words.lower(doc, k))) {
        return null;
      } // else a word such as "Kelly" or "Earlier" with no comma after it: read on as it stands
      break;
    }
    if (k >= before || run.quoteAt[k] >= 0) {
      return null;
    }
    Mention m = run.ctx.mentions.parseAt(doc, k, before);
    if (m == null) {
      return null;
    }
    int v = m.endTok();
    while (v < before && (Words.AUXILIARIES.contains(Words.lower(doc, v))
        || Words.isPunct(doc, v, ','))) {
      if (Words.isPunct(doc, v, ',')) {
        return m; // an appositive follows: "Lee, the mayor, …"
      }
      v++;
    }
    // A subject is followed by its verb: a lower-case word.
    return v < before && Words.isWord(doc, v) && !Words.isCapitalised(doc, v) ? m : null;
  }

  /**
   * Skips a dateline: {@code DAYTON, Ohio (Wire) —}, {@code WASHINGTON —}, {@code DAYTON, Dec. 8
   * (Wire) —}, or a place in title case before a wire's name: {@code Dayton (Wire) —}.
   */
  private static int skipDateline(TextDocument doc, int k, int before) {
    int j = k;
    if (k + 2 < before && !isUpperWord(doc, k) && Words.isCapitalised(doc, k)
        && Words.isPunct(doc, k + 1, '(') && isUpperWord(doc, k + 2)) {
      j = k + 1; // "Dayton (Wire) —"
    } else {
      while (j < before && j - k < 8 && (isUpperWord(doc, j) || Words.isPunct(doc, j, ',')
          || j > k && (Words.isCapitalised(doc, j) || doc.tokenType(j) == TextDocument.NUMBER
          || Words.isPunct(doc, j, '.') && Words.isCapitalised(doc, j - 1)))) {
        j++;
      }
      if (j == k || !isUpperWord(doc, k)) {
        return k;
      }
    }
    if (j < before && Words.isPunct(doc, j, '(')) {
      while (j < before && !Words.isPunct(doc, j, ')')) {
        j++;
      }
      j++;
    }
    if (j < before && (Words.isDash(doc, j) || Words.isPunct(doc, j, '-'))) {
      return j + 1;
    }
    return k;
  }

  private static boolean isUpperWord(TextDocument doc, int t) {
    if (!Words.isWord(doc, t)) {
      return false;
    }
    String w = doc.tokenText(t);
    return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }
}
