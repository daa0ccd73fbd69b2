package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * Whether two lines of one paragraph are one quotation of two pieces. A speaker's lines around the
 * first one's tag, however long the action the tag carries, are one; so are lines around narrative
 * that carries on the first line's sentence:
 *
 * <pre>
 *   “No,” said Nora, turning. “Never.”           one quotation
 *   “If you go,” and she turned away, “never.”   one quotation (the first breaks off)
 *   “No!” and she turned away. “Never.”          one quotation (the narrative runs on)
 *   “No.” Nora turned away. “Never.”             two (narrative sentences alone between them)
 *   “No,” said Nora. “Never,” she added.         two (the second line has its own tag)
 *   “No,” said Nora. Then Tom said, “Never.”     two (the second line has its own lead-in)
 *   “No,” she said, “never,” she added.          one (the second line carries on the sentence)
 * </pre>
 *
 * Reads only the tokens between the two lines and the tag after the second, so the cost per line is
 * constant. Stateless.
 */
final class LineJoin {
  /** Most tokens between two lines of one paragraph for them to be one quotation. */
  static final int MERGE_GAP = 25;
  /**
   * Most tokens between two lines when a tag follows the first: the tag may carry a long action
   * ({@code “No,” said Nora, turning on the stool and looking down at the letter she held, “…”}).
   */
  static final int TAGGED_GAP = 60;

  private LineJoin() {}

  /**
   * Whether lines {@code a} and {@code b} (the next line of the same paragraph) are one quotation;
   * {@code stop} is the token where the narrative after {@code b} ends (the next line or the end of
   * the paragraph).
   */
  static boolean joins(TextDocument doc, Cast cast, FictionLexicon fl, Lexicons lex, QuoteSpan a,
      QuoteSpan b, int stop) {
    int from = doc.tokenAtOrAfter(a.end());
    int to = doc.tokenAtOrAfter(b.start());
    if (to - from > TAGGED_GAP) {
      return false;
    }
    DialogueTag.Ref tagA = a.unclosed() ? null
        : DialogueTag.after(doc, cast, fl, lex, doc.tokenAtOrAfter(a.end() - 1), to);
    if (to - from > MERGE_GAP && tagA == null) {
      return false;
    }
    if (ownTag(doc, cast, fl, lex, a, b, tagA, stop)) {
      return false;
    }
    if (tagA != null || FictionRules.Dialogue.breaksOff(doc, a)) {
      return true;
    }
    // “No!” and she turned away. “Never.”: the narrative carries on the line's sentence
    for (int t = from; t < to; t++) {
      if (Words.isWord(doc, t)) {
        return Character.isLowerCase(doc.text().charAt(doc.tokenStart(t)));
      }
    }
    return false;
  }

  /**
   * Whether line {@code b}, when it starts a sentence, carries a tag of its own: one after it
   * ({@code “Never,” she added.}), or a lead-in before it that is not {@code tagA}, the tag after
   * {@code a} ({@code said Nora. Tom answered: “Never.”}); {@code “No,” she said, “never.”} shares
   * one tag between its pieces.
   */
  static boolean ownTag(TextDocument doc, Cast cast, FictionLexicon fl, Lexicons lex, QuoteSpan a,
      QuoteSpan b, DialogueTag.@Nullable Ref tagA, int stop) {
    if (!startsSentence(doc, b)) {
      return false;
    }
    if (!b.unclosed()
        && DialogueTag.after(doc, cast, fl, lex, doc.tokenAtOrAfter(b.end() - 1), stop) != null) {
      return true;
    }
    if (a.unclosed()) {
      return false;
    }
    DialogueTag.Ref lead = DialogueTag.before(doc, cast, fl, lex, doc.tokenAtOrAfter(b.start()),
        doc.tokenAtOrAfter(a.end() - 1));
    return lead != null && (tagA == null || tagA.cueTok() != lead.cueTok());
  }

  /** Whether a line's first letter is a capital: {@code “Never.”}, not {@code “never.”}. */
  static boolean startsSentence(TextDocument doc, QuoteSpan q) {
    String text = doc.text();
    for (int k = q.innerStart(); k < q.innerEnd(); k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
    }
    return false;
  }
}
