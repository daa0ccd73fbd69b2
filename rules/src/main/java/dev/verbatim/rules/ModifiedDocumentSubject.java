package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * A document or finding as a cue's subject with a short modifier after its noun: a place, a time,
 * a participle or a prepositional phrase between the document and its verb.
 *
 * <pre>
 *   A Larkin College poll out this week shows Ruiz with a wide lead.   → "A Larkin College poll"
 *   New county polls released on Sunday showed Ruiz ahead.             → "New county polls"
 *   A survey of harbour workers found that most want the pier rebuilt. → "A survey"
 *   A county poll conducted last month found that ...                → "A county poll"
 * </pre>
 *
 * The mention is the document phrase itself ({@link DocumentSubject}), which ends at its noun; what
 * follows the noun must read as a modifier: no comma, no verb of its own. Stateless and thread-safe.
 */
final class ModifiedDocumentSubject {
  private ModifiedDocumentSubject() {}

  /** How many tokens the modifier may take. */
  private static final int MODIFIER = 8;

  /** The document phrase whose modifier ends right before token {@code c}, or null. */
  static @Nullable Mention before(DocumentRun run, int c, int floor) {
    TextDocument doc = run.doc;
    int e = c;
    while (e - 1 >= floor && Words.AUXILIARIES.contains(Words.lower(doc, e - 1))) {
      e--;
    }
    for (int head = e - 2; head >= floor && e - head - 1 <= MODIFIER; head--) {
      if (!Words.isWord(doc, head) && doc.tokenType(head) != TextDocument.NUMBER
          || run.quoteAt[head] >= 0) {
        return null; // a comma, a dash, a quotation: the phrase does not reach back past it
      }
      if (run.ctx.lex.documentHeads.contains(Lexicons.key(doc.tokenText(head)))
          && opensModifier(run, head + 1) && modifierOnly(run, head + 2, e)) {
        return DocumentSubject.before(run, head + 1, floor);
      }
    }
    return null;
  }

  /** A modifier opens with a preposition, a participle or "out": {@code of voters}, {@code released}. */
  private static boolean opensModifier(DocumentRun run, int t) {
    String w = Words.lower(run.doc, t);
    return Words.isWord(run.doc, t) && !Words.isCapitalised(run.doc, t)
        && (Words.PREPOSITIONS.contains(w) && !w.equals("to") || w.equals("out")
        || w.endsWith("ed") && !run.ctx.lex.cueVerbs.containsKey(w));
  }

  /** The rest of a modifier: words and numbers, none of them a verb of saying or an auxiliary. */
  private static boolean modifierOnly(DocumentRun run, int from, int to) {
    TextDocument doc = run.doc;
    for (int t = from; t < to; t++) {
      if (doc.tokenType(t) == TextDocument.NUMBER) {
        continue;
      }
      String w = Words.lower(doc, t);
      if (!Words.isWord(doc, t) && !Words.isPunct(doc, t, '-') && !Words.isPunct(doc, t, '/')
          || (Words.AUXILIARIES.contains(w) || Words.CLAUSE_OPENERS.contains(w))
          && !Words.TIME_WORDS.contains(w)
          || MentionParser.SUBJECT_PRONOUNS.contains(w) || w.equals("that") || w.equals("which")
          || w.equals("who") || !Words.isCapitalised(doc, t) && run.ctx.lex.cueVerbs.containsKey(w)) {
        return false;
      }
    }
    return true;
  }
}
