package dev.verbatim.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A kin tag names the character who bears the family name of the one it belongs to, with the title
 * of that kin ({@code fiction-kin.txt}).
 *
 * <pre>
 *   Tom Quill came in late.  “Where were you?” said his mother.     Mrs. Quill
 *   Mrs. Quill sat down.     “Nonsense,” said her husband.          Mr. Quill
 * </pre>
 *
 * The owner is the character of that gender the narrative named last; his family name is the last
 * word of his fullest written name. With no such titled character in the novel the tag stays a
 * phrase. The titled names are gathered once per document, on first use.
 */
final class Kin {
  private final Cast cast;
  private final FictionLexicon fl;
  private Map<String, Integer> titled;

  Kin(Cast cast, FictionLexicon fl) {
    this.cast = cast;
    this.fl = fl;
  }

  /** The character {@code phrase} ("his mother") names when its owner is {@code owner}, or -1. */
  int of(String phrase, int owner) {
    String[] w = phrase.toLowerCase(Locale.ROOT).split(" ");
    String title = w.length == 2 ? fl.kinTitles.get(w[1]) : null;
    if (title == null || owner < 0) {
      return -1;
    }
    String surname = surname(cast.get(owner));
    if (surname == null) {
      return -1;
    }
    Integer c = titled().get(title + "|" + surname);
    return c == null || c == owner ? -1 : c;
  }

  /** The last word of the longest name the character is written with, lower case, or null. */
  private static String surname(Cast.Person p) {
    String best = null;
    int size = 0;
    for (CharacterName.Shape s : p.shapes.values()) {
      List<String> n = s.names();
      int weight = n.size() + (s.title().isEmpty() ? 0 : 1);
      if (weight >= 2 && weight > size) {
        size = weight;
        best = n.get(n.size() - 1).toLowerCase(Locale.ROOT);
      }
    }
    return best;
  }

  private Map<String, Integer> titled() {
    if (titled == null) {
      titled = new HashMap<>();
      for (Cast.Person p : cast.characters) {
        for (CharacterName.Shape s : p.shapes.values()) {
          if (!s.title().isEmpty() && s.names().size() == 1) {
            String k = s.title() + "|" + s.names().get(0).toLowerCase(Locale.ROOT);
            Integer old = titled.get(k);
            if (old == null || cast.get(old).mentions.size() < p.mentions.size()) {
              titled.put(k, p.id);
            }
          }
        }
      }
    }
    return titled;
  }
}
