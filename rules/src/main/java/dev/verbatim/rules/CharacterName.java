package dev.verbatim.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name a character goes by: the form the narrator writes most, unless that is one bare word and
 * a longer form built on it is also in common use, which then names the character as a reader
 * would list him.
 *
 * <pre>
 *   Quill ×300, Monsieur Quill ×12          "Monsieur Quill": a bare surname yields to its titled
 *   Teague ×200, Oswin Teague ×9             or full form once that is written a handful of times
 *   Oswin ×250, Oswin Teague ×90             "Oswin Teague": a bare given name yields only to a
 *   Nora ×600, Nora Quill ×10                full form written often ("Nora" stays)
 *   Morgan ×240, Mr. Morgan ×10              "Mr. Morgan": a word the narrative writes after Mr.
 *                                            or Mrs. alone is a family name, even one the
 *                                            given-names list has
 * </pre>
 *
 * <p>A word is a given name when the given-names list has it or the longer form begins with it
 * and has no title; otherwise it is a surname. It is a surname whatever the list says when the
 * longer form is a title that stands before family names only ({@code fiction-surname-titles.txt})
 * and the word alone.
 */
final class CharacterName {
  /** A longer form must be written at least this often to name the character. */
  static final int MIN_LONGER = 8;
  /** ... and, over a bare given name, at least this share of the given name's count. */
  static final double GIVEN_SHARE = 0.3;

  private CharacterName() {}

  /** A name form: its title ("" if none) and its name words. */
  record Shape(String title, List<String> names) {}

  /**
   * The character's name among its written {@code forms} (surface to count), each with its
   * {@code shapes}; {@code commonest} is the most written form; {@code surnameTitles} are the
   * {@link Lexicons#key} forms of the titles that stand before a family name only.
   */
  static String choose(String commonest, Map<String, Integer> forms, Map<String, Shape> shapes,
      Lexicons lex, Set<String> surnameTitles) {
    Shape best = shapes.get(commonest);
    if (best == null || !best.title().isEmpty() || best.names().size() != 1) {
      return commonest;
    }
    String w = best.names().get(0);
    String longer = null;
    int count = 0;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      Shape s = shapes.get(e.getKey());
      if (s == null || s.names().size() + (s.title().isEmpty() ? 0 : 1) < 2
          || !s.names().contains(w)) {
        continue;
      }
      if (e.getValue() > count || e.getValue() == count && e.getKey().compareTo(longer) < 0) {
        count = e.getValue();
        longer = e.getKey();
      }
    }
    if (longer == null || count < MIN_LONGER) {
      return commonest;
    }
    Shape s = shapes.get(longer);
    boolean familyTitle = s.names().size() == 1 && surnameTitles.contains(s.title());
    boolean given = !familyTitle
        && (lex.givenNames.containsKey(w) || s.title().isEmpty() && s.names().get(0).equals(w));
    if (given && count < GIVEN_SHARE * forms.get(commonest)) {
      return commonest;
    }
    return longer;
  }
}
