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

  TokenForms(String text, int[] tokStart, int[] tokEnd, int tokenCount, Vocabulary vocabulary) {
    this.text = text;
    this.vocabulary = vocabulary;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.texts = new String[tokenCount];
    this.lowers = new String[tokenCount];
    this.keys = new String[tokenCount];
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
    String s = vocabulary.lowerCaseOf(text, start, end);
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
