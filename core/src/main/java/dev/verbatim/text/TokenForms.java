package dev.verbatim.text;

import java.util.Locale;

/**
 * Each token's text, lower-case form and lexicon key, made on first request and kept for the rest of
 * the call: rules ask for the same token's forms many times. A word of the rules' {@link Vocabulary}
 * gets the vocabulary's string, made once per engine, in place of a new one.
 *
 * <p>The key is the lower-case form with a typographic apostrophe made straight and a final period
 * dropped ({@code Gov.} → {@code gov}, {@code Ruiz’s} → {@code ruiz's}), the form lexicons are keyed by.
 *
 * <p>Interning every form per document (one string per distinct spelling) ran 8% slower on the dev
 * texts and allocated as much: a 5 KB article repeats too few of its words to pay for the table.
 *
 * <p>Per-call: made by {@link TextDocument} for one document and used only by the call that analyses
 * it.
 */
final class TokenForms {
  private final String text;
  private final int[] tokStart;
  private final int[] tokEnd;
  private final Vocabulary vocabulary;
  private final String[] texts;
  private final String[] lowers;
  private final String[] keys;
  /** Each token's {@link Vocabulary#idOf} plus {@link #ID_BIAS}, so that 0 means not yet looked up. */
  private final int[] ids;
  private static final int ID_BIAS = 3;

  TokenForms(String text, int[] tokStart, int[] tokEnd, int tokenCount, Vocabulary vocabulary) {
    this.text = text;
    this.vocabulary = vocabulary;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.texts = new String[tokenCount];
    this.lowers = new String[tokenCount];
    this.keys = new String[tokenCount];
    this.ids = new int[tokenCount];
  }

  /** The token's {@link Vocabulary#idOf}, looked up once. */
  int wordId(int t) {
    int biased = ids[t];
    if (biased == 0) {
      biased = vocabulary.idOf(text, tokStart[t], tokEnd[t]) + ID_BIAS;
      ids[t] = biased;
    }
    return biased - ID_BIAS;
  }

  boolean isBuiltFrom(java.util.List<String> words) {
    return vocabulary.isBuiltFrom(words);
  }

  // Each accessor is a small fast path that the JIT inlines into the rules; the rest is out of line.

  String text(int t) {
    String s = texts[t];
    return s != null ? s : makeText(t);
  }

  String lower(int t) {
    String s = lowers[t];
    return s != null ? s : makeLower(t);
  }

  String key(int t) {
    String s = keys[t];
    return s != null ? s : makeKey(t);
  }

  boolean lowerIs(int t, String want) {
    String s = lowers[t];
    if (s != null) {
      return s.equals(want);
    }
    int start = tokStart[t];
    int len = tokEnd[t] - start;
    if (len != want.length()) {
      // toLowerCase keeps the length of a token without İ (the one char it lower-cases to two)
      return len < want.length() && hasDottedCapitalI(start, start + len) && lower(t).equals(want);
    }
    for (int i = 0; i < len; i++) {
      int c = Vocabulary.fold(text.charAt(start + i));
      if (c < 0) {
        return lower(t).equals(want); // İ, Σ or a surrogate: as toLowerCase makes it
      }
      if (c != want.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasDottedCapitalI(int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\u0130') {
        return true;
      }
    }
    return false;
  }

  private String makeText(int t) {
    int start = tokStart[t];
    int len = tokEnd[t] - start;
    String l = lower(t);
    // Spelled in lower case (most words): the lower-case string is the text too.
    String s = l.length() == len && text.regionMatches(start, l, 0, len)
        ? l : text.substring(start, start + len);
    texts[t] = s;
    return s;
  }

  private String makeLower(int t) {
    int start = tokStart[t];
    int end = tokEnd[t];
    int id = wordId(t);
    String s = id >= 0 ? vocabulary.word(id) : null;
    if (s == null) {
      String spelled = text.substring(start, end);
      s = spelled.toLowerCase(Locale.ROOT); // the same string when already lower-case
      texts[t] = spelled;
    }
    lowers[t] = s;
    return s;
  }

  private String makeKey(int t) {
    String k = lower(t);
    if (k.indexOf('\u2019') >= 0) {
      k = k.replace('\u2019', '\'');
    }
    if (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1);
    }
    keys[t] = k;
    return k;
  }
}
