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
  private final Lexicons lex;
  private final FictionLexicon fl;

  FictionRules(Lexicons lex) {
    this.lex = lex;
    this.fl = new FictionLexicon(lex);
  }

  Attribution attribute(TextDocument doc) {
    Cast cast = Cast.of(doc, lex, fl);
    Turns turns = new Turns(doc, cast, lex, fl);
    List<QuoteSpan> quotes = doc.quotes();
    BlockQuote blocks = new BlockQuote(doc);
    List<Conversation.Turn> all = new ArrayList<>();
    int i = 0;
    while (i < quotes.size()) {
      QuoteSpan q = quotes.get(i);
      if (q.parent() >= 0 || !Dialogue.isLine(doc, fl, q) || blocks.isBlock(q)
          || WrittenText.introduced(doc, fl, q)) {
        i++;
        continue;
      }
      // One paragraph's top-level dialogue lines are one turn.
      int para = doc.paragraphAt(q.start());
      int paraEnd = doc.paragraphEnd(para);
      List<QuoteSpan> turn = new ArrayList<>();
      while (i < quotes.size() && quotes.get(i).start() < paraEnd) {
        QuoteSpan x = quotes.get(i++);
        if (x.parent() < 0 && Dialogue.isLine(doc, fl, x) && !blocks.isBlock(x)
            && !WrittenText.introduced(doc, fl, x)) {
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
        // "…,” said Nora, “…” and "…!” cried Nora, with a glance at him. “…” are one quotation.
        while (k + 1 < turn.size() && LineJoin.joins(doc, cast, fl, lex, turn.get(k),
            turn.get(k + 1), k + 2 < turn.size() ? doc.tokenAtOrAfter(turn.get(k + 2).start())
                : doc.tokenAtOrAfter(doc.paragraphEnd(doc.paragraphAt(x.start()))))) {
          k++;
          spans = Continuation.concat(spans, DocumentRun.spansOf(turn.get(k)));
        }
        // A speech over several paragraphs is a line per paragraph, of one speaker.
        List<int[]> lines = SpeechParagraphs.split(doc, spans);
        for (int j = 0; j < lines.size(); j++) {
          drafts.add(new QuoteDraft(QuoteKind.DIRECT, lines.get(j), -1,
              d.cueStart(), d.cueEnd(), sp == null ? -1 : sp[0], sp == null ? -1 : sp[1],
              sp == null ? -1 : d.entity(), d.confidence(), d.rule(),
              j == lines.size() - 1 && x.unclosed()));
        }
      }
    }
    List<EntityDraft> entities = turns.entities();
    return new Attribution(drafts, entities);
  }

  /** Which quotations are lines of dialogue. */
  static final class Dialogue {
    private Dialogue() {}

    /**
     * Whether a line breaks off mid-sentence: its last mark inside the quote is a comma, semicolon,
     * colon or dash ({@code “If you go,”}).
     */
    static boolean breaksOff(TextDocument doc, QuoteSpan q) {
      String text = doc.text();
      int e = q.innerEnd();
      while (e > q.innerStart() && (Character.isWhitespace(text.charAt(e - 1))
          || dev.verbatim.text.QuoteMarks.isMark(text.charAt(e - 1)))) {
        e--;
      }
      if (e <= q.innerStart()) {
        return false;
      }
      char last = text.charAt(e - 1);
      return last == ',' || last == ';' || last == ':' || last == '-' || last == '\u2014'
          || last == '\u2013';
    }

    /**
     * Closed-class words after which a short capitalised quote is a name or title, not a line:
     * {@code the “Lantern,”}, {@code a copy of “Green Hills.”}, {@code was “Pip.”}.
     */
    private static final java.util.Set<String> TITLE_LEADS = java.util.Set.of("the", "a", "an",
        "as", "was", "is", "were", "his", "her", "their", "my", "your", "our", "its", "called",
        "named", "entitled");

    /**
     * A quotation with a letter in it, unless it is a bare phrase inside a sentence. A quote that
     * follows a word (not a tag verb: {@code said “Yes.”} is a line) is a scare quote, a title or a
     * borrowed phrase when it has no closing punctuation inside its marks ({@code the “thorough
     * talk” she wanted}), when it starts in lower case ({@code her “little errand,” as she put it})
     * or when it is a capitalised name of at most four words after an article, a preposition, a
     * possessive or {@code was} ({@code a reading of “The Long Road.”}).
     */
    static boolean isLine(TextDocument doc, FictionLexicon fl, QuoteSpan q) {
      String text = doc.text();
      int e = q.innerEnd();
      while (e > q.innerStart() && (Character.isWhitespace(text.charAt(e - 1))
          || dev.verbatim.text.QuoteMarks.isMark(text.charAt(e - 1)))) {
        e--;
      }
      int first = -1;
      for (int k = q.innerStart(); k < e && first < 0; k++) {
        if (Character.isLetter(text.charAt(k))) {
          first = k;
        }
      }
      if (first < 0) {
        return false;
      }
      int t = doc.tokenAtOrAfter(q.start());
      if (q.unclosed() || !Words.isWord(doc, t - 1)
          || doc.paragraphAt(doc.tokenStart(t - 1)) != doc.paragraphAt(q.start())) {
        return true;
      }
      if (Character.isLowerCase(text.charAt(first)) && LineAfterAction.resumes(doc, t)) {
        return true; // “It is late” glancing at the clock “and you are tired.”
      }
      char last = text.charAt(e - 1);
      boolean punct = last == ',' || last == '.' || last == '!' || last == '?' || last == ';'
          || last == ':' || last == '-' || last == '\u2014' || last == '\u2026';
      if (!punct) {
        return false;
      }
      if (fl.tagAt(doc, t - 1) > 0 || t >= 2 && fl.tagAt(doc, t - 2) == 2) {
        return true; // she said “yes.”
      }
      if (Character.isLowerCase(text.charAt(first))) {
        return false;
      }
      String prev = doc.tokenLower(t - 1);
      boolean lead = TITLE_LEADS.contains(prev) || Words.PREPOSITIONS.contains(prev)
          || Words.isPossessive(prev);
      return !(lead && last != '!' && last != '?' && Words.wordsIn(doc, q, true) <= 4);
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
