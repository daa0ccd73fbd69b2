package dev.verbatim.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lower-case words the rules look up, each held once as a {@code String} for the engine's life,
 * so that a token spelled like one of them gets that string as its lower-case form without making a
 * substring, lower-casing it or hashing it again.
 *
 * <p>News repeats a few hundred such words ({@code the}, {@code said}, {@code according}) for most of
 * its tokens; every rule then looks up the same few strings, whose hashes are already cached. A token
 * that is not ASCII, or not in the vocabulary, takes the ordinary path: its forms are made from its
 * text, so the vocabulary changes what is allocated, never what a form is.
 *
 * <p>Immutable and thread-safe; lookups allocate nothing. An open-addressing table keyed by
 * {@link String#hashCode()} of the lower-case word, which the lookup computes from the token's
 * characters with ASCII upper case folded.
 */
public final class Vocabulary {
  private static final Vocabulary EMPTY = new Vocabulary(Set.of());

  private final String[] table;
  /** Each slot's word's hash, so that a miss reads no string. */
  private final int[] hashes;
  private final int mask;

  private Vocabulary(Set<String> words) {
    int cap = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
    table = new String[cap];
    hashes = new int[cap];
    mask = cap - 1;
    for (String w : words) {
      int i = mix(w.hashCode()) & mask;
      while (table[i] != null) {
        i = (i + 1) & mask;
      }
      table[i] = w;
      hashes[i] = w.hashCode();
    }
  }

  /** No words: every token takes the ordinary path. */
  public static Vocabulary empty() {
    return EMPTY;
  }

  /**
   * The vocabulary of {@code words}: each one lower-cased (by {@link Locale#ROOT}); words that are not
   * all ASCII, or are empty, are left out since the lookup never matches them.
   */
  public static Vocabulary of(Collection<String> words) {
    Set<String> kept = new LinkedHashSet<>();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!lower.isEmpty() && isAscii(lower)) {
        kept.add(lower);
      }
    }
    return new Vocabulary(kept);
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
   * The vocabulary's string equal to {@code text[start, end)} lower-cased, or null when that range
   * holds a character outside ASCII or the word is not in the vocabulary.
   */
  String lowerCaseOf(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      h = 31 * h + c;
    }
    int len = end - start;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      String w = table[i];
      if (w == null) {
        return null;
      }
      if (hashes[i] == h && w.length() == len && sameFolded(w, text, start)) {
        return w;
      }
    }
  }

  /** Whether {@code text} from {@code start} spells lower-case ASCII {@code w}, in any case. */
  private static boolean sameFolded(String w, String text, int start) {
    for (int i = 0; i < w.length(); i++) {
      char c = text.charAt(start + i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
