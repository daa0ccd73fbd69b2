package dev.verbatim.rules;

import java.util.List;
import java.util.Map;

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
 * </pre>
 *
 * <p>A word is a given name when the given-names list has it or the longer form begins with it
 * and has no title; otherwise it is a surname.
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
   * {@code shapes}; {@code commonest} is the most written form.
   */
  static String choose(String commonest, Map<String, Integer> forms, Map<String, Shape> shapes,
      Lexicons lex) {
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
    boolean given = lex.givenNames.containsKey(w) || s.title().isEmpty() && s.names().get(0).equals(w);
    if (given && count < GIVEN_SHARE * forms.get(commonest)) {
      return commonest;
    }
    return longer;
  }
}
