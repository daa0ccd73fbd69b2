package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds honorifics and titles before a name: {@code Mr.}, {@code Gov.}, {@code Secretary of State},
 * {@code Lt. Gen.}. A title counts only when a capitalised word follows it, since {@code President}
 * alone is a role. Immutable and thread-safe.
 */
final class TitleFinder {
  private final Lexicons lex;
  /** The first word of every title key: most tokens start none, and then no key need be built. */
  private final Set<String> titleFirstWords;
  /**
   * The later words of every title of several words, each without a final period: a run whose next
   * token is none of them is no longer title, and its key need not be built ({@code former} starts
   * {@code former president} but {@code former Ohio} is no title).
   */
  private final Set<String> titleLaterWords;

  TitleFinder(Lexicons lex) {
    this.lex = lex;
    this.titleFirstWords = lex.titles.keySet().stream()
        .map(k -> k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')))
        .collect(Collectors.toUnmodifiableSet());
    this.titleLaterWords = lex.titles.keySet().stream()
        .flatMap(k -> java.util.Arrays.stream(k.split(" ")).skip(1))
        .map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Length in tokens of a title at {@code t} (multi-word titles first), or 0. */
  int at(TextDocument doc, int t, int limit) {
    // Every candidate key starts with this token's key form (with its final period stripped when
    // it is the whole key), so a token that starts no title ends the search before any string is
    // built: titleKey was the rules' largest allocation and a tenth of their time.
    if (!titleFirstWords.contains(doc.tokenKey(t))) {
      return 0;
    }
    for (int len = 3; len >= 1; len--) {
      if (t + len <= limit && laterWordsMayFollow(doc, t, len)
          && lex.titles.containsKey(key(doc, t, len))) {
        // A title must be followed by a name, or it is the name: "President" alone is a role.
        int after = t + len;
        if (Words.isPunct(doc, after, '.')) {
          after++;
        }
        if (after < limit && Words.isCapitalised(doc, after)) {
          return len;
        }
      }
    }
    return 0;
  }

  private boolean laterWordsMayFollow(TextDocument doc, int t, int len) {
    for (int i = t + 1; i < t + len; i++) {
      if (!titleLaterWords.contains(doc.tokenKey(i))) {
        return false;
      }
    }
    return true;
  }

  static String key(TextDocument doc, int t, int len) {
    if (len == 1) {
      return doc.tokenKey(t);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = t; i < t + len; i++) {
      if (i > t) {
        sb.append(' ');
      }
      sb.append(doc.tokenText(i));
    }
    return Lexicons.key(sb.toString());
  }
}
