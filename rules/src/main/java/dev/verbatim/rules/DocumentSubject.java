package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A document or finding with no determiner as a cue's subject: the phrase ends in a document noun
 * and its modifiers reach back to the clause's start.
 *
 * <pre>
 *   Polls show that most voters back the bridge.          → "Polls"
 *   Recent county polls show Ruiz with a wide lead.       → "Recent county polls"
 *   But public records show the firm paid no rent.        → "public records"
 *   A Marist poll found that most voters back the bridge. → "A Marist poll"
 * </pre>
 *
 * Only what {@link MentionParser} cannot read as a speaker is tried here. Stateless and thread-safe.
 */
final class DocumentSubject {
  private DocumentSubject() {}

  /** Modifiers before the document noun, at most. */
  private static final int MODIFIERS = 4;

  /** The document phrase ending right before token {@code c} (auxiliaries skipped), or null. */
  static @Nullable Mention before(DocumentRun run, int c, int floor) {
    TextDocument doc = run.doc;
    int e = c;
    while (e - 1 >= floor && Words.AUXILIARIES.contains(Words.lower(doc, e - 1))
        && !Words.lower(doc, e - 1).equals("all") && !Words.lower(doc, e - 1).equals("both")) {
      e--;
    }
    int head = e - 1;
    if (head < floor || !Words.isWord(doc, head)
        || !run.ctx.lex.documentHeads.contains(Lexicons.key(doc.tokenText(head)))) {
      return null;
    }
    int k = head;
    while (k - 1 >= floor && head - k < MODIFIERS && modifier(run, k - 1)) {
      k--;
    }
    int first = k;
    if (first - 1 >= floor && isArticle(doc, first - 1)) {
      first--; // "A Marist poll", "the FEC records"
    } else if (first - 1 >= floor && !Words.opensClause(doc, first - 1, false)) {
      return null; // "the firm released polls": the document is an object, not the subject
    }
    boolean plural = Words.lower(doc, head).endsWith("s");
    int from = first < k && !Words.lower(doc, first).equals("this")
        && !Words.lower(doc, first).equals("these") ? k : first; // the name drops "a", "the"
    String name = doc.text().substring(doc.tokenStart(from), doc.tokenEnd(head));
    return MentionParser.mention(doc, first, head + 1, Mention.Type.ORG, Gender.N, plural,
        Lexicons.key(name), name);
  }

  private static boolean isArticle(TextDocument doc, int t) {
    String w = Words.lower(doc, t);
    return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("this")
        || w.equals("these") || w.equals("its") || w.equals("their");
  }


  /** A word that may modify a document noun: an adjective, a noun, a name, a year. */
  private static boolean modifier(DocumentRun run, int t) {
    TextDocument doc = run.doc;
    if (doc.tokenType(t) == TextDocument.NUMBER) {
      return true;
    }
    if (Words.isPunct(doc, t, '-') || Words.isPunct(doc, t, '/')) {
      return t - 1 >= 0 && Words.isWord(doc, t - 1);
    }
    if (!Words.isWord(doc, t)) {
      return false;
    }
    String w = Words.lower(doc, t);
    return !Words.DETERMINERS.contains(w) && !Words.PREPOSITIONS.contains(w)
        && !Words.FUNCTION_WORDS.contains(w) && !Words.CLAUSE_OPENERS.contains(w)
        && !Words.AUXILIARIES.contains(w) && !MentionParser.SUBJECT_PRONOUNS.contains(w)
        && !run.ctx.lex.cueVerbs.containsKey(w) && !w.endsWith("ed")
        || Words.isCapitalised(doc, t) && !Words.DETERMINERS.contains(w)
        && !Words.CLAUSE_OPENERS.contains(w) && !Words.FUNCTION_WORDS.contains(w);
  }
}
