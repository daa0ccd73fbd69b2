package dev.verbatim.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into paragraphs, tokens and sentences, and finds its quotations.
 *
 * <ul>
 *   <li>Paragraphs end at blank lines; where the text puts one paragraph on each line, at every line
 *       break. CRLF and CR endings count as one break.
 *   <li>Tokens are ICU4J's word segments ({@link WordSegmenter} finds the same ones faster); white
 *       space is dropped.
 *   <li>Sentences come from ICU4J's sentence {@link BreakIterator}, then two repairs: no sentence ends
 *       after an abbreviation or an initial ({@code Mr.}, {@code U.S.}, {@code J.}), and none ends
 *       inside a quotation ({@code “Stop. Now,” she said.} is one sentence).
 * </ul>
 *
 * <p>Immutable and thread-safe. ICU iterators are stateful, so the prototypes are cloned for each call
 * and never shared.
 */
public final class TextAnalyzer {
  private static final BreakIterator WORD_PROTOTYPE = BreakIterator.getWordInstance(ULocale.ENGLISH);
  private static final BreakIterator SENTENCE_PROTOTYPE =
      BreakIterator.getSentenceInstance(ULocale.ENGLISH);

  private final Set<String> abbreviations;
  private final Vocabulary vocabulary;

  /** An analyzer with no {@link Vocabulary}: every token's forms are made from its text. */
  public TextAnalyzer(Set<String> abbreviations) {
    this(abbreviations, Vocabulary.empty());
  }

  /**
   * @param vocabulary the rules' words, whose strings tokens spelled like them share (it changes what
   *     is allocated, never a result)
   */
  public TextAnalyzer(Set<String> abbreviations, Vocabulary vocabulary) {
    this.abbreviations = Set.copyOf(abbreviations);
    this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /** The abbreviations shipped in {@code abbreviations.txt}. */
  public static List<String> defaultAbbreviations() {
    return LexiconFile.resource(TextAnalyzer.class, "abbreviations.txt");
  }

  public TextDocument analyze(String text) {
    IntList paras = Paragraphs.split(text);
    int pc = paras.size() / 2;
    int[] ps = new int[pc];
    int[] pe = new int[pc];
    for (int i = 0; i < pc; i++) {
      ps[i] = paras.get(2 * i);
      pe[i] = paras.get(2 * i + 1);
    }
    List<QuoteSpan> quotes = QuoteDetector.detect(text, ps, pe, pc);

    // Tokens: every non-space word segment, with ICU's boundaries.
    int cap = Math.max(16, text.length() / 4);
    IntList tokS = new IntList(cap);
    IntList tokE = new IntList(cap);
    ByteList types = new ByteList(cap);
    new WordSegmenter(WORD_PROTOTYPE).segment(text, (start, end, kind) -> {
      byte type;
      if (kind == WordSegmenter.LETTER) {
        // Rules ask whether a word is capitalised many times; the answer is kept in its type.
        type = Character.isUpperCase(text.charAt(start))
            ? (byte) (TextDocument.WORD | TextDocument.CAPITALISED) : TextDocument.WORD;
      } else if (kind == WordSegmenter.NUMBER) {
        type = TextDocument.NUMBER;
      } else if (QuoteDetector.isSpace(text.charAt(start)) || isInvisible(text.charAt(start))) {
        return;
      } else {
        type = TextDocument.PUNCT;
      }
      tokS.add(start);
      tokE.add(end);
      types.add(type);
    });

    Sentences sentences = new Sentences(text, ps, pe, quotes, tokS, tokE, abbreviations);
    sentences.split((BreakIterator) SENTENCE_PROTOTYPE.clone());
    return new TextDocument(text, ps, pe, sentences.starts(), sentences.ends(),
        sentences.firstTokens(), sentences.paragraphs(), tokS.raw(), tokE.raw(),
        types.raw(), tokS.size(), quotes, vocabulary); // raw: no copy, read up to the count
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u200E' || c == '\u200F' || Character.getType(c) == Character.CONTROL;
  }
}
