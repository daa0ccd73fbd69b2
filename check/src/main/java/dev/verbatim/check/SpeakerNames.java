package dev.verbatim.check;

import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a transcript label and an article's speaker entity can be the same person,
 * tolerant of name forms: {@code NAVARRO}, {@code Sen. Navarro}, {@code E. Navarro} and {@code Elena}
 * all fit "Elena Navarro". Only named speakers are compared: anonymous labels and unnamed entities
 * ("the adviser", "officials") never conflict. Stateless.
 */
final class SpeakerNames {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr",
      "sen", "senator", "rep", "representative", "gov", "governor", "president", "pres", "prof",
      "professor", "mayor", "judge", "justice", "gen", "general", "col", "capt", "lt", "sgt",
      "rev", "hon", "sir", "dame", "lord", "lady", "secretary", "minister", "chairman",
      "chairwoman", "chair", "ambassador", "commissioner", "chief", "the", "jr", "sr", "ii",
      "council", "member", "councilmember", "councilman", "councilwoman", "councilor",
      "councillor", "deputy", "vice", "state", "city", "county", "assemblyman", "assemblywoman",
      "iii");
  /** Capitalised mention words that are not names (sentence-initial pronouns and articles). */
  private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you",
      "his", "her", "their", "a", "an", "this", "that", "one", "spokesman", "spokeswoman",
      "spokesperson", "officials", "sources", "source");

  private SpeakerNames() {}

  /**
   * Whether {@code label} (a named, non-anonymous transcript label) conflicts with {@code entity}:
   * both name somebody and no name form of the entity fits the label.
   */
  static boolean conflict(String label, Entity entity) {
    if (entity.type() == EntityType.ANONYMOUS || entity.type() == EntityType.GROUP) {
      return false;
    }
    List<String> labelWords = words(label);
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    for (Span m : entity.mentions()) {
      names.add(m.text());
    }
    boolean named = false;
    for (String name : names) {
      if (!isProperName(name)) {
        continue;
      }
      named = true;
      if (fits(labelWords, words(name))) {
        return false;
      }
    }
    return named && !labelWords.isEmpty();
  }

  /** Whether every word of the shorter name fits a word of the longer, initials included. */
  private static boolean fits(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = a.size() <= b.size() ? b : a;
    for (String w : shorter) {
      boolean ok = false;
      for (String x : longer) {
        ok |= w.equals(x) || (w.length() == 1 && x.startsWith(w))
            || (x.length() == 1 && w.startsWith(x));
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isProperName(String name) {
    for (String w : name.split("[\\s.]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && !HONORIFICS.contains(w.toLowerCase(Locale.ROOT))
          && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The normalised words of a name, without honorifics and possessives. */
  static List<String> words(String name) {
    Tokens t = new Tokens();
    Tokenizer.tokenize(name, 0, name.length(), Tokenizer.Mode.SOURCE, t);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      String w = t.norm(i);
      if (w.endsWith("s") && name.regionMatches(t.end(i) - 2, "'s", 0, 2)) {
        w = w.substring(0, w.length() - 1);
      }
      if (!HONORIFICS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
