package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The speaker slot of a cue that stands right beside a quote, read loosely when the mention parser
 * finds no phrase of its own there. Next to a quote and a cue, the phrase in the slot is the speaker
 * whatever its shape, so this keeps the name at its end or, failing that, the phrase itself:
 *
 * <pre>
 *   “…,” said former Rep. Dana Whitfield (D-Ore.).         → Dana Whitfield
 *   “…,” said county party boss Ed Morrow.                 → Ed Morrow
 *   “…,” said the 46-year-old.                             → the 46-year-old
 *   “…,” the state's largest newspaper wrote.             → the state's largest newspaper
 *   “…,” the mayor's press secretary, Lin Cho, said.      → Lin Cho
 * </pre>
 *
 * Stateless.
 */
final class LooseSpeaker {
  /** Words that end a speaker phrase: a clause or an adjunct begins. */
  private static final Set<String> STOP = Set.of("who", "which", "that", "when", "while", "after",
      "before", "as", "because", "during", "in", "at", "on", "to", "of", "for", "with", "from",
      "about", "and", "but", "where", "whose", "since", "if", "though", "although", "than", "until",
      "unless", "so", "or", "then", "by", "into", "over", "under", "like");
  /** A phrase longer than this is not a speaker slot. */
  private static final int LONGEST = 9;

  private LooseSpeaker() {}

  /** The speaker after an inverted cue: {@code said former Rep. Dana Whitfield}. */
  static @Nullable Mention after(DocumentRun run, int from, int limit) {
    TextDocument doc = run.doc;
    int j = Subjects.skipTime(doc, from, limit);
    int end = phraseEnd(run, j, limit);
    return best(run, j, end, limit);
  }

  /** The speaker between a quote and its cue: {@code ” the state's largest newspaper wrote}. */
  static @Nullable Mention before(DocumentRun run, int from, int cue) {
    TextDocument doc = run.doc;
    int e = cue;
    while (e > from && Words.AUXILIARIES.contains(Words.lower(doc, e - 1))) {
      e--;
    }
    int end = phraseEnd(run, from, e);
    if (end < e && Words.isPunct(doc, end, ',')) {
      return appositive(run, end, e); // "the mayor's press secretary, Lin Cho, said"
    }
    return end == e ? best(run, from, end, e) : null;
  }

  private static @Nullable Mention best(DocumentRun run, int from, int end, int limit) {
    TextDocument doc = run.doc;
    if (end <= from || end - from > LONGEST || STOP.contains(Words.lower(doc, from))
        || Words.CLAUSE_OPENERS.contains(Words.lower(doc, from))
        || Words.FUNCTION_WORDS.contains(Words.lower(doc, from))) {
      return null;
    }
    Mention phrase = null;
    for (int k = from; k < end; k++) {
      Mention m = run.ctx.mentions.parseAt(doc, k, end);
      if (m != null && m.endTok() == end && m.type() != Mention.Type.PRONOUN) {
        if (m.type() == Mention.Type.NAME) {
          return m; // the longest name that ends the slot
        }
        phrase = phrase == null ? m : phrase;
      }
    }
    if (phrase != null) {
      return phrase; // else the longest phrase the parser reads that ends it
    }
    if (end < limit && Words.isPunct(doc, end, ',')) {
      Mention named = appositive(run, end, limit);
      if (named != null) {
        return named;
      }
    }
    if (!Words.isWord(doc, end - 1) || Words.isCapitalised(doc, from) && end - from == 1) {
      return null;
    }
    String head = Words.stripPossessive(Words.lower(doc, end - 1));
    String first = Words.lower(doc, from);
    int nameFrom = first.equals("the") || first.equals("a") || first.equals("an") ? from + 1 : from;
    if (nameFrom >= end) {
      return null;
    }
    String name = doc.text().substring(doc.tokenStart(nameFrom), doc.tokenEnd(end - 1));
    boolean plural = head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us");
    return new Mention(doc.tokenStart(from), doc.tokenEnd(end - 1), from, end,
        plural ? Mention.Type.GROUP : Mention.Type.ROLE, Gender.UNKNOWN, plural, head, name);
  }

  /** A name between the comma at {@code comma} and the next comma or the end: {@code , Lin Cho,}. */
  private static @Nullable Mention appositive(DocumentRun run, int comma, int limit) {
    Mention m = run.ctx.mentions.parseAt(run.doc, comma + 1, limit);
    if (m == null || m.type() != Mention.Type.NAME) {
      return null;
    }
    int k = m.endTok();
    return k >= limit || Words.isPunct(run.doc, k, ',') || Words.isPunct(run.doc, k, '.')
        || Words.isPunct(run.doc, k, '(') ? m : null;
  }

  /** The first token after the phrase starting at {@code from}: a stop word, punctuation or a quote. */
  private static int phraseEnd(DocumentRun run, int from, int limit) {
    TextDocument doc = run.doc;
    int k = from;
    while (k < limit && k - from <= LONGEST && run.quoteAt[k] < 0) {
      if (Words.isWord(doc, k) || doc.tokenType(k) == TextDocument.NUMBER) {
        if (k > from && STOP.contains(Words.lower(doc, k))) {
          break;
        }
      } else if (!(Words.isPunct(doc, k, '-') || Words.isPunct(doc, k, '/')
          || Words.isPunct(doc, k, '.') && isAbbrev(doc, k))) {
        break;
      }
      k++;
    }
    return k;
  }

  /** A full stop after a title or initial ({@code Rep.}, {@code J.}) rather than a sentence end. */
  private static boolean isAbbrev(TextDocument doc, int dot) {
    return dot > 0 && Words.isCapitalised(doc, dot - 1) && doc.tokenEnd(dot - 1)
        - doc.tokenStart(dot - 1) <= 4 && dot + 1 < doc.tokenCount()
        && Words.isCapitalised(doc, dot + 1);
  }
}
