package dev.verbatim.text;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The lower-case words the rules look up, each held once as a {@code String} for the engine's life,
 * so that a token spelled like one of them gets that string as its lower-case form without making a
 * substring, lower-casing it or hashing it again.
 *
 * <p>News repeats a few hundred such words ({@code the}, {@code said}, {@code according}) for most of
 * its tokens; every rule then looks up the same few strings, whose hashes are already cached. A token
 * not in the vocabulary takes the ordinary path: its forms are made from its text, so the vocabulary
 * changes what is allocated, never what a form is.
 *
 * <p>Each word also has an id: its index in the list the vocabulary was built from. A rules module
 * that keeps facts about its words in arrays indexed the same way (which lexicons hold the word)
 * reads them for a token with one array access instead of a hash lookup per lexicon, and knows that
 * a token with no id is in none of its lexicons ({@link TextDocument#tokenWordId}).
 *
 * <p>Immutable and thread-safe; lookups allocate nothing. An open-addressing table keyed by
 * {@link String#hashCode()} of the lower-case word, which the lookup computes from the token's
 * characters lower-cased one by one, as {@code toLowerCase(Locale.ROOT)} does for all but {@code İ},
 * {@code Σ} and surrogates.
 */
public final class Vocabulary {
  /** {@link #idOf}: a token that is none of the words. */
  static final int ABSENT = -1;
  /**
   * {@link #idOf}: a token with a character whose lower case is not one char for one ({@code İ},
   * {@code Σ}, a surrogate), which the lookup does not fold; none of the words holds one.
   */
  static final int UNSURE = -2;

  private static final Vocabulary EMPTY = new Vocabulary(List.of());

  /** The list the ids index, kept so that rules can tell their own vocabulary by identity. */
  private final List<String> source;
  private final String[] table;
  /** Each slot's word's hash, so that a miss reads no string. */
  private final int[] hashes;
  /** Each slot's word's id (index in {@link #source}). */
  private final int[] ids;
  /** Each id's lower-case word, the string the table holds. */
  private final String[] byId;
  private final int mask;
  /** The length of the longest word: most longer tokens need no hashing. */
  private final int maxLength;

  private Vocabulary(List<String> source) {
    this.source = source;
    int cap = Integer.highestOneBit(Math.max(4, source.size() * 3)) << 1;
    table = new String[cap];
    hashes = new int[cap];
    ids = new int[cap];
    byId = new String[source.size()];
    mask = cap - 1;
    int longest = 0;
    for (int id = 0; id < source.size(); id++) {
      String w = source.get(id).toLowerCase(Locale.ROOT);
      if (w.isEmpty() || !foldable(w)) {
        continue; // the lookup never matches it; its id stays unused
      }
      int i = mix(w.hashCode()) & mask;
      while (table[i] != null && !table[i].equals(w)) {
        i = (i + 1) & mask;
      }
      if (table[i] == null) { // a repeat keeps the first id
        table[i] = w;
        hashes[i] = w.hashCode();
        ids[i] = id;
      }
      byId[id] = table[i];
      longest = Math.max(longest, w.length());
    }
    maxLength = longest;
  }

  /** No words: every token takes the ordinary path. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  /**
   * The vocabulary of {@code words}: each one lower-cased (by {@link Locale#ROOT}), with its index in
   * {@code words} as its id; empty words, and words with a char the lookup does not fold ({@code
   * i̇} from {@code İ}, surrogates), are left out since the lookup never matches them. A {@code List} is kept as it is (it should be immutable), so that
   * {@link #isBuiltFrom} knows it.
   */
  public static Vocabulary of(Collection<String> words) {
    return new Vocabulary(words instanceof List<String> l ? l : List.copyOf(words));
  }

  /** Whether this vocabulary's ids index {@code words}, the very list it was built from. */
  public boolean isBuiltFrom(List<String> words) {
    return source == words;
  }

  /** How many words it holds. */
  public int size() {
    int n = 0;
    for (String w : table) {
      if (w != null) {
        n++;
      }
    }
    return n;
  }

  /**
   * The vocabulary's string equal to {@code text[start, end)} lower-cased, or null when the word is
   * not in the vocabulary or holds a char the lookup does not fold.
   */
  String lowerCaseOf(String text, int start, int end) {
    int slot = slotOf(text, start, end);
    return slot < 0 ? null : table[slot];
  }

  /**
   * The id of the word {@code text[start, end)} spells in any case; {@link #ABSENT} when it is none
   * of the words, {@link #UNSURE} when it holds a character the lookup does not fold.
   */
  int idOf(String text, int start, int end) {
    int slot = slotOf(text, start, end);
    return slot < 0 ? slot : ids[slot];
  }

  /** The lower-case word with id {@code id}, as returned by {@link #idOf}: the same string each time. */
  String word(int id) {
    return byId[id];
  }

  /** The table slot holding the word, or {@link #ABSENT} / {@link #UNSURE}. */
  private int slotOf(String text, int start, int end) {
    if (end - start > maxLength) {
      return ABSENT; // lower-casing never shortens a token, so it is longer than every word
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      int c = fold(text.charAt(i));
      if (c < 0) {
        return UNSURE;
      }
      h = 31 * h + c;
    }
    int len = end - start;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) {
        return ABSENT;
      }
      if (hashes[i] == h && w.length() == len && sameFolded(w, text, start)) {
        return i;
      }
    }
  }

  /** Whether {@code text} from {@code start} spells lower-case {@code w}, in any case. */
  private static boolean sameFolded(String w, String text, int start) {
    for (int i = 0; i < w.length(); i++) {
      if (fold(text.charAt(start + i)) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lower case of {@code c} as {@code String.toLowerCase(Locale.ROOT)} makes it, or -1 for the
   * characters whose lower case that method does not make one char for one: {@code İ} (two chars),
   * {@code Σ} (final or not, by context) and surrogates.
   */
  static int fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
    if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
      return -1;
    }
    return Character.toLowerCase(c);
  }

  /** Whether every char of lower-case {@code w} folds to itself, so that the lookup can match it. */
  private static boolean foldable(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (fold(w.charAt(i)) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
