package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;

/**
 * A place written as town and state in commas after a preposition, {@code in Ames, Iowa,} or {@code
 * of Flint, Mich.,}: the state is the rest of the place, never a speaker. Stateless.
 */
final class Places {
  private Places() {}

  /**
   * Whether the comma at {@code comma} follows a place name after a preposition, so that the name
   * after it is the rest of the place: {@code in Ames, Iowa}, {@code a pastor in San Mateo,
   * California}.
   */
  static boolean nameBefore(TextDocument doc, int comma, int floor) {
    int t = comma - 1;
    while (t > floor && comma - t <= 3 && Words.isCapitalised(doc, t)) {
      t--;
    }
    return t < comma - 1 && t >= floor && Words.PREPOSITIONS.contains(Words.lower(doc, t));
  }

  /**
   * Where the text goes on after a place's state: given a comma after a place ({@code in Ames,}) and
   * the token {@code k} after it, the token after the comma that closes one to three capitalised
   * words ({@code Iowa,}, {@code New Hampshire,}, {@code Mich.,}); else {@code k}. A title or a
   * given name there starts a person, not a state.
   */
  static int restAfter(Lexicons lex, TextDocument doc, int floor, int comma, int k, int before) {
    if (!nameBefore(doc, comma, floor) || k >= before || !Words.isCapitalised(doc, k)
        || lex.titles.containsKey(Words.key(doc, k)) || lex.givenNames.containsKey(doc.tokenText(k))) {
      return k; // "In Dayton, Sen. Lee, the chair, said", "In Dayton, Ana Ruiz, ...": a person
    }
    int j = k;
    while (j < before && j - k < 4 && (Words.isCapitalised(doc, j)
        || Words.isPunct(doc, j, '.') && j > k)) {
      j++;
    }
    return j < before && j - k <= 4 && Words.isPunct(doc, j, ',') ? j + 1 : k;
  }
}
