package dev.verbatim.text;

import java.util.Arrays;
import java.util.List;

/**
 * The analysed form of one text: paragraphs, sentences, tokens and quotations, all as UTF-16 offsets
 * into {@link #text()}. Built by {@link TextAnalyzer}; its content never changes once built (only the
 * lazily filled token-string caches do), and it is only ever used by the call that built it, so it
 * is not thread-safe and need not be.
 *
 * <p>Tokens are kept in parallel int arrays rather than objects: a news article has thousands of them
 * and the engine's budget is a few nanoseconds per character.
 */
public final class TextDocument {
  /** Token types. */
  public static final byte WORD = 1;
  public static final byte NUMBER = 2;
  public static final byte PUNCT = 3;
  /** Added to a word's type in the analyzer's array when its first char is upper case. */
  static final byte CAPITALISED = 0x10;

  private final String text;
  private final int[] paraStart;
  private final int[] paraEnd;
  private final int[] sentStart;
  private final int[] sentEnd;
  private final int[] sentFirstToken;
  private final int[] sentPara;
  private final int[] tokStart;
  private final int[] tokEnd;
  private final byte[] tokType;
  private final int tokenCount;
  private final List<QuoteSpan> quotes;
  // Rules ask for the same token's forms many times; each is made once, on demand.
  private final TokenForms forms;

  TextDocument(String text, int[] paraStart, int[] paraEnd, int[] sentStart, int[] sentEnd,
      int[] sentFirstToken, int[] sentPara, int[] tokStart, int[] tokEnd, byte[] tokType,
      int tokenCount, List<QuoteSpan> quotes, Vocabulary vocabulary) {
    this.text = text;
    this.paraStart = paraStart;
    this.paraEnd = paraEnd;
    this.sentStart = sentStart;
    this.sentEnd = sentEnd;
    this.sentFirstToken = sentFirstToken;
    this.sentPara = sentPara;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.tokType = tokType;
    this.tokenCount = tokenCount;
    this.quotes = List.copyOf(quotes);
    this.forms = new TokenForms(text, tokStart, tokEnd, tokenCount, vocabulary);
  }

  public String text() {
    return text;
  }

  public int paragraphCount() {
    return paraStart.length;
  }

  public int paragraphStart(int p) {
    return paraStart[p];
  }

  public int paragraphEnd(int p) {
    return paraEnd[p];
  }

  public int sentenceCount() {
    return sentStart.length;
  }

  public int sentenceStart(int s) {
    return sentStart[s];
  }

  public int sentenceEnd(int s) {
    return sentEnd[s];
  }

  /** Paragraph that sentence {@code s} belongs to. */
  public int sentenceParagraph(int s) {
    return sentPara[s];
  }

  /** First token of sentence {@code s}. */
  public int sentenceFirstToken(int s) {
    return sentFirstToken[s];
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEndToken(int s) {
    return s + 1 < sentFirstToken.length ? sentFirstToken[s + 1] : tokenCount;
  }

  public int tokenCount() {
    return tokenCount;
  }

  public int tokenStart(int t) {
    return tokStart[t];
  }

  public int tokenEnd(int t) {
    return tokEnd[t];
  }

  public byte tokenType(int t) {
    return (byte) (tokType[t] & ~CAPITALISED);
  }

  /**
   * Whether token {@code t} is a {@link #WORD} whose first char is upper case ({@link
   * Character#isUpperCase(char)}): read from the token's type, set once by the analyzer.
   */
  public boolean tokenCapitalised(int t) {
    return (tokType[t] & CAPITALISED) != 0;
  }

  /** The token's text, made once per token. */
  public String tokenText(int t) {
    return forms.text(t);
  }

  /** {@code tokenText(t).toLowerCase(Locale.ROOT)}, made once per token. */
  public String tokenLower(int t) {
    return forms.lower(t);
  }

  /**
   * The token's lexicon key: its lower-case form with {@code ’} made {@code '} and a final period
   * dropped ({@code Gov.} → {@code gov}).
   */
  public String tokenKey(int t) {
    return forms.key(t);
  }

  /**
   * The id of the token's lower-case form in the analyzer's {@link Vocabulary}: its index in the word
   * list the vocabulary was built from ({@link #wordIdsIndex}). {@code -1} when the token is none of
   * those words, so that a lexicon made of those words certainly lacks it; {@code -2} when it holds
   * a char whose lower case the lookup does not make ({@code İ}, {@code Σ}, a surrogate): compare
   * its {@link #tokenLower} instead. Looked up once per token.
   */
  public int tokenWordId(int t) {
    return forms.wordId(t);
  }

  /** Whether {@link #tokenWordId} indexes {@code words}: the very list the vocabulary was built from. */
  public boolean wordIdsIndex(List<String> words) {
    return forms.isBuiltFrom(words);
  }

  /**
   * Whether {@link #tokenLower tokenLower(t)} equals {@code lower}, without making it when it is not
   * made yet: rules test most tokens against a word or two ({@code and}, {@code but}).
   */
  public boolean tokenLowerIs(int t, String lower) {
    return forms.lowerIs(t, lower);
  }

  /** Whether token {@code t} is exactly {@code s}. */
  public boolean tokenIs(int t, String s) {
    int len = tokEnd[t] - tokStart[t];
    return len == s.length() && text.regionMatches(tokStart[t], s, 0, len);
  }

  /** Whether token {@code t} is the single character {@code c}. */
  public boolean tokenIs(int t, char c) {
    return tokEnd[t] - tokStart[t] == 1 && text.charAt(tokStart[t]) == c;
  }

  /** The first token that ends after {@code offset} (the token containing it, or the next one). */
  public int tokenAtOrAfter(int offset) {
    int i = Arrays.binarySearch(tokEnd, 0, tokenCount, offset + 1);
    return i >= 0 ? i : -i - 1;
  }

  /** The sentence containing {@code offset}, or the last one starting before it. */
  public int sentenceAt(int offset) {
    int i = Arrays.binarySearch(sentStart, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** The paragraph containing {@code offset}, or the last one starting before it. */
  public int paragraphAt(int offset) {
    int i = Arrays.binarySearch(paraStart, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Quotations found by {@link QuoteDetector}, ordered by start. */
  public List<QuoteSpan> quotes() {
    return quotes;
  }
}
