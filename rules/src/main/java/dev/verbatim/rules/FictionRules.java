package dev.verbatim.rules;

import dev.verbatim.EntityType;
import dev.verbatim.QuoteKind;
import dev.verbatim.spi.Attribution;
import dev.verbatim.spi.EntityDraft;
import dev.verbatim.spi.QuoteDraft;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules for novels ({@code Genre.FICTION}). Every quoted line of dialogue is speech however
 * short, and each paragraph of dialogue is one turn with one speaker, found in this order:
 *
 * <ol>
 *   <li>a dialogue tag beside any of its quotes ({@code “No,” said Nora.}), see {@link DialogueTag};
 *   <li>a character acting in the paragraph's narrative ({@code Nora smiled. “No.”});
 *   <li>the conversation: the turn goes back to the one who spoke before the last speaker, or to
 *       the character the last line addressed by name ({@code “Nora, will you?”}), see {@link Turns}.
 * </ol>
 *
 * Speakers are characters of the {@link Cast}, one entity per character with its canonical name.
 * One pass over the quotes and one over the name mentions: the cost per character does not grow with
 * the length of the novel. Immutable and thread-safe; per-document state lives in {@link Turns}.
 */
final class FictionRules {
  static final String TAGGED = "fiction-tag";
  static final String ACTION = "fiction-action";
  static final String TURN = "fiction-turn";
  static final String UNATTRIBUTED = "fiction-unattributed";
  /**
   * Most tokens between two lines of one paragraph for them to be one quotation: a speaker's lines
   * around a tag or a short action ({@code “No,” said Nora, and turned away. “Never.”}) are one.
   */
  static final int MERGE_GAP = 25;

  private static int gap(TextDocument doc, QuoteSpan a, QuoteSpan b) {
    return doc.tokenAtOrAfter(b.start()) - doc.tokenAtOrAfter(a.end());
  }

  private final Lexicons lex;
  private final FictionLexicon fl;

  FictionRules(Lexicons lex) {
    this.lex = lex;
    this.fl = new FictionLexicon(lex);
  }

  Attribution attribute(TextDocument doc) {
    Cast cast = Cast.of(doc, lex);
    Turns turns = new Turns(doc, cast, lex, fl);
    List<QuoteSpan> quotes = doc.quotes();
    List<Conversation.Turn> all = new ArrayList<>();
    int i = 0;
    while (i < quotes.size()) {
      QuoteSpan q = quotes.get(i);
      if (q.parent() >= 0 || !Dialogue.isLine(doc, q)) {
        i++;
        continue;
      }
      // One paragraph's top-level dialogue lines are one turn.
      int para = doc.paragraphAt(q.start());
      int paraEnd = doc.paragraphEnd(para);
      List<QuoteSpan> turn = new ArrayList<>();
      while (i < quotes.size() && quotes.get(i).start() < paraEnd) {
        QuoteSpan x = quotes.get(i++);
        if (x.parent() < 0 && Dialogue.isLine(doc, x)) {
          turn.add(x);
        }
      }
      Turns.Decision d = turns.decide(turn, para);
      List<int @Nullable []> refs = new ArrayList<>();
      for (QuoteSpan x : turn) {
        refs.add(turns.speakerSpan(d, x));
      }
      all.add(new Conversation.Turn(turn, para, d, refs));
    }
    Conversation.revise(doc, all, turns);
    List<QuoteDraft> drafts = new ArrayList<>();
    for (Conversation.Turn t : all) {
      List<QuoteSpan> turn = t.lines();
      Turns.Decision d = t.decision();
      for (int k = 0; k < turn.size(); k++) {
        QuoteSpan x = turn.get(k);
        int[] sp = t.refs().get(k);
        int[] spans = DocumentRun.spansOf(x);
        // "…,” said Nora, “…” and "…,” said Nora, with a glance at him. “…” are one quotation.
        while (k + 1 < turn.size() && gap(doc, turn.get(k), turn.get(k + 1)) <= MERGE_GAP) {
          k++;
          spans = Continuation.concat(spans, DocumentRun.spansOf(turn.get(k)));
        }
        drafts.add(new QuoteDraft(QuoteKind.DIRECT, spans, -1,
            d.cueStart(), d.cueEnd(), sp == null ? -1 : sp[0], sp == null ? -1 : sp[1],
            sp == null ? -1 : d.entity(), d.confidence(), d.rule(), x.unclosed()));
      }
    }
    List<EntityDraft> entities = turns.entities();
    return new Attribution(drafts, entities);
  }

  /** Which quotations are lines of dialogue. */
  static final class Dialogue {
    private Dialogue() {}

    /**
     * A quotation with a letter in it, unless it is a bare phrase inside a sentence: a quote that
     * follows a word and has no closing punctuation inside its marks ({@code the “thorough talk” she
     * wanted}) is a scare quote or a title, not a line.
     */
    static boolean isLine(TextDocument doc, QuoteSpan q) {
      String text = doc.text();
      int e = q.innerEnd();
      while (e > q.innerStart() && (Character.isWhitespace(text.charAt(e - 1))
          || dev.verbatim.text.QuoteMarks.isMark(text.charAt(e - 1)))) {
        e--;
      }
      boolean letter = false;
      for (int k = q.innerStart(); k < e && !letter; k++) {
        letter = Character.isLetter(text.charAt(k));
      }
      if (!letter) {
        return false;
      }
      char last = text.charAt(e - 1);
      boolean punct = last == ',' || last == '.' || last == '!' || last == '?' || last == ';'
          || last == ':' || last == '-' || last == '\u2014' || last == '\u2026';
      int t = doc.tokenAtOrAfter(q.start());
      return punct || q.unclosed() || !Words.isWord(doc, t - 1)
          || doc.paragraphAt(doc.tokenStart(t - 1)) != doc.paragraphAt(q.start());
    }
  }

  static EntityDraft entity(String name, List<int[]> mentions) {
    int[] m = new int[mentions.size() * 2];
    for (int k = 0; k < mentions.size(); k++) {
      m[2 * k] = mentions.get(k)[0];
      m[2 * k + 1] = mentions.get(k)[1];
    }
    return new EntityDraft(name, EntityType.PERSON, m);
  }
}
