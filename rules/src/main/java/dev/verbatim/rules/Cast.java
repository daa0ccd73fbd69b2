package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The characters of one novel: every personal name in the text, clustered so that one character
 * is one entity however the narrative names her.
 *
 * <pre>
 *   Nora Quill … Miss Quill … Nora        one character, canonical name "Nora" if that is her commonest form
 *   Mr. Quill … Mrs. Quill                 two characters: the titles' genders keep them apart
 *   Quill (bare surname)                   the one titled Quill, the man if there are several
 * </pre>
 *
 * <p>A name word is a capitalised word whose lower-case form never occurs in the text as a word
 * (so {@code Well} and {@code Then} are not names, {@code Nora} is); a title ({@code Mr.},
 * {@code Lady}) may lead it. Gender comes from titles, the given-names list, and the pronoun that
 * follows a name in the narrative ({@code Nora opened the door; she …}). An interjection
 * ({@code Oh}, {@code Ah}: {@code fiction-interjections.txt}) is never a name word. Built in one
 * pass over the tokens; per-document, never shared.
 */
final class Cast {
  // Compiled once: String.replaceAll compiled both patterns again for every name in a novel.
  private static final java.util.regex.Pattern POSSESSIVE_END =
      java.util.regex.Pattern.compile("(?:'|\u2019)s$");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "into", "near",
      "towards", "toward", "through", "across", "within", "at", "to", "the", "a", "an");

  /** One mention of a name in the text. */
  record Named(int firstTok, int endTok, int start, int end, int character) {}

  /** A clustered character: its forms' counts decide the canonical name. */
  static final class Person {
    final int id;
    Gender gender = Gender.UNKNOWN;
    int votesM;
    int votesF;
    final Map<String, Integer> forms = new HashMap<>();
    final Map<String, CharacterName.Shape> shapes = new HashMap<>();
    final List<Named> mentions = new ArrayList<>();
    String name = "";

    Person(int id) {
      this.id = id;
    }
  }

  /** A name form as written: its title (lower case, no period) and name words. */
  private record Form(String surface, String title, List<String> names) {
    String key() {
      return title + "|" + String.join(" ", names);
    }
  }

  final List<Person> characters = new ArrayList<>();
  /** Name mention starting at each token, or null. */
  private final Named[] at;
  private final List<Named> all = new ArrayList<>();

  private Cast(int tokens) {
    at = new Named[tokens];
  }

  /** The name mention that starts at token {@code t}, or null. */
  Named nameAt(int t) {
    return t >= 0 && t < at.length ? at[t] : null;
  }

  Person get(int id) {
    return characters.get(id);
  }

  List<Named> mentions() {
    return all;
  }

  static Cast of(TextDocument doc, Lexicons lex, FictionLexicon fl) {
    int n = doc.tokenCount();
    Cast cast = new Cast(n);
    Set<String> lowerWords = new HashSet<>();
    Set<String> midCaps = new HashSet<>();
    for (int t = 0; t < n; t++) {
      if (doc.tokenType(t) != TextDocument.WORD) {
        continue;
      }
      char c = doc.text().charAt(doc.tokenStart(t));
      if (Character.isLowerCase(c)) {
        lowerWords.add(Words.stripPossessive(doc.tokenLower(t)));
      } else if (Character.isUpperCase(c) && midSentence(doc, t, lex)) {
        midCaps.add(Words.stripPossessive(doc.tokenLower(t)));
      }
    }
    List<Form> forms = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (int t = 0; t < n; ) {
      int s = t;
      String title = "";
      if (Words.isCapitalised(doc, t) && lex.titles.containsKey(Lexicons.key(doc.tokenText(t)))) {
        title = Lexicons.key(doc.tokenText(t));
        t++;
        if (Words.isPunct(doc, t, '.')) {
          t++;
        }
      }
      List<String> names = new ArrayList<>();
      while (t < n && isNameWord(doc, t, lowerWords, midCaps, lex, fl)) {
        String w = doc.tokenText(t);
        boolean possessive = Words.isPossessive(w);
        names.add(Words.stripPossessive(w));
        t++;
        if (possessive || names.size() == 3) {
          break;
        }
      }
      if (names.isEmpty()) {
        t = s + 1;
        continue;
      }
      Form f = new Form(SPACES.matcher(POSSESSIVE_END.matcher(doc.text().substring(
          doc.tokenStart(s), doc.tokenEnd(t - 1))).replaceAll("")).replaceAll(" "), title, names);
      forms.add(f);
      spans.add(new int[] {s, t});
    }
    Map<String, Integer> byKey = new Clustering(cast, lex).run(forms);
    // A name written mostly after "in", "from", "into", "at", "to" or "the" is a place ("in Paris",
    // "back to Quillmoor") or a word like "the English", not a character.
    int[] seen = new int[cast.characters.size()];
    int[] placed = new int[cast.characters.size()];
    for (int i = 0; i < forms.size(); i++) {
      Integer c = byKey.get(forms.get(i).key());
      if (c != null) {
        int before = spans.get(i)[0] - 1;
        seen[c]++;
        if (Words.isWord(doc, before) && PLACE_PREPOSITIONS.contains(doc.tokenLower(before))) {
          placed[c]++;
        }
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Integer c = byKey.get(forms.get(i).key());
      if (c == null || placed[c] >= 2 && placed[c] * 5 >= seen[c] * 2) {
        continue;
      }
      int[] sp = spans.get(i);
      Named m = new Named(sp[0], sp[1], doc.tokenStart(sp[0]), doc.tokenEnd(sp[1] - 1), c);
      cast.at[sp[0]] = m;
      cast.all.add(m);
      Person ch = cast.characters.get(c);
      ch.mentions.add(m);
      Form f = forms.get(i);
      ch.forms.merge(f.surface(), 1, Integer::sum);
      ch.shapes.putIfAbsent(f.surface(), new CharacterName.Shape(f.title(), f.names()));
      cast.vote(doc, lex, m, ch);
    }
    for (Person ch : cast.characters) {
      if (ch.gender == Gender.UNKNOWN && ch.votesM + ch.votesF >= 2) {
        ch.gender = ch.votesM >= 2 * ch.votesF ? Gender.M
            : ch.votesF >= 2 * ch.votesM ? Gender.F : Gender.UNKNOWN;
      }
      int best = 0;
      for (Map.Entry<String, Integer> e : ch.forms.entrySet()) {
        if (e.getValue() > best || e.getValue() == best && e.getKey().compareTo(ch.name) < 0) {
          best = e.getValue();
          ch.name = e.getKey();
        }
      }
      ch.name = CharacterName.choose(ch.name, ch.forms, ch.shapes, lex, fl.surnameTitles);
    }
    return cast;
  }

  /** The first third-person pronoun within a few words after a name votes for its gender. */
  private void vote(TextDocument doc, Lexicons lex, Named m, Person ch) {
    int limit = Math.min(doc.tokenCount(), m.endTok() + 10);
    for (int t = m.endTok(); t < limit; t++) {
      if (at[t] != null || Words.isPunct(doc, t, '"') || Words.isQuoteMark(doc, t)) {
        return;
      }
      Lexicons.Noun p = lex.pronouns.get(doc.tokenLower(t));
      if (p != null && !p.plural() && (p.gender() == Gender.M || p.gender() == Gender.F)) {
        if (p.gender() == Gender.M) {
          ch.votesM++;
        } else {
          ch.votesF++;
        }
        return;
      }
    }
  }

  /**
   * Whether a capitalised word stands inside a sentence: after a word, a comma or a title
   * ({@code said Nora}, {@code Mr. Quill}); a word capitalised only where sentences begin
   * ({@code Presently}) is no name.
   */
  private static boolean midSentence(TextDocument doc, int t, Lexicons lex) {
    if (t == 0 || doc.paragraphAt(doc.tokenStart(t - 1)) != doc.paragraphAt(doc.tokenStart(t))) {
      return false;
    }
    if (Words.isWord(doc, t - 1) || Words.isPunct(doc, t - 1, ',')) {
      return true;
    }
    return Words.isPunct(doc, t - 1, '.') && Words.isWord(doc, t - 2)
        && lex.titles.containsKey(Lexicons.key(doc.tokenText(t - 2)));
  }

  private static boolean isNameWord(TextDocument doc, int t, Set<String> lowerWords,
      Set<String> midCaps, Lexicons lex, FictionLexicon fl) {
    if (!Words.isCapitalised(doc, t) || doc.tokenEnd(t) - doc.tokenStart(t) < 2) {
      return false;
    }
    String w = doc.tokenText(t);
    if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
      return false; // "III", "CHAPTER"
    }
    String lower = Words.stripPossessive(doc.tokenLower(t));
    return (midCaps.contains(lower) || lex.givenNames.containsKey(Words.stripPossessive(w)))
        && !lowerWords.contains(lower) && !lex.pronouns.containsKey(lower)
        && !lex.titles.containsKey(Lexicons.key(lower)) && !Words.FUNCTION_WORDS.contains(lower)
        && !Words.CLAUSE_OPENERS.contains(lower) && !Words.TIME_WORDS.contains(lower)
        && !lower.startsWith("i'") && !fl.interjections.contains(lower);
  }

  /** Groups forms into characters (see the class comment); returns each form key's character. */
  private static final class Clustering {
    private final Cast cast;
    private final Lexicons lex;
    private final Map<String, Integer> out = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, List<Integer>> byFirst = new HashMap<>();
    private final Map<String, List<Integer>> byLast = new HashMap<>();
    private final Map<String, List<Integer>> titled = new HashMap<>();
    private final Map<Integer, Integer> size = new HashMap<>();

    Clustering(Cast cast, Lexicons lex) {
      this.cast = cast;
      this.lex = lex;
    }

    Map<String, Integer> run(List<Form> all) {
      Map<String, Form> forms = new java.util.LinkedHashMap<>();
      for (Form f : all) {
        forms.putIfAbsent(f.key(), f);
        counts.merge(f.key(), 1, Integer::sum);
      }
      // Full names first: "Nora Quill", "Mrs. Nora Quill"; a title's gender splits same names.
      Map<String, Integer> full = new HashMap<>();
      for (Form f : forms.values()) {
        if (f.names().size() >= 2) {
          Gender g = titleGender(f);
          String k = String.join(" ", f.names()) + "|" + (g == Gender.M || g == Gender.F ? g : "");
          Integer c = full.get(k);
          if (c == null) {
            c = newCharacter(g == Gender.UNKNOWN ? given(f.names().get(0)) : g);
            full.put(k, c);
            byFirst.computeIfAbsent(f.names().get(0), x -> new ArrayList<>()).add(c);
            byLast.computeIfAbsent(f.names().get(f.names().size() - 1), x -> new ArrayList<>())
                .add(c);
          }
          assign(f, c);
        }
      }
      // A title and one name: the full name it shortens, or a character of its own; a surname
      // written with a man's title and with a woman's joins no full name of unknown gender.
      Map<String, Gender> titleOf = new HashMap<>();
      java.util.Set<String> bothTitles = new java.util.HashSet<>();
      for (Form f : forms.values()) {
        Gender g = titleGender(f);
        if (f.names().size() == 1 && (g == Gender.M || g == Gender.F)) {
          Gender prev = titleOf.putIfAbsent(f.names().get(0), g);
          if (prev != null && prev != g) {
            bothTitles.add(f.names().get(0));
          }
        }
      }
      // A surname written with both a man's and a woman's title is a family's name, no one's first
      // name: "Mr. Quill" and "Mrs. Quill" join neither "Quill Lodge" nor a full name.
      for (Form f : forms.values()) {
        if (f.names().size() == 1 && !f.title().isEmpty()) {
          Gender g = titleGender(f);
          String w = f.names().get(0);
          boolean family = bothTitles.contains(w);
          Integer c = family ? null : unique(byFirst.get(w), g);
          if (c == null && !family) {
            c = unique(byLast.get(w), g);
          }
          if (c == null) {
            c = newCharacter(g);
            titled.computeIfAbsent(w, x -> new ArrayList<>()).add(c);
          }
          assign(f, c);
        }
      }
      // A bare name: a first name, then a titled surname, then a full name's surname.
      for (Form f : forms.values()) {
        if (f.names().size() == 1 && f.title().isEmpty()) {
          String w = f.names().get(0);
          Integer c = bothTitles.contains(w) ? null : biggest(byFirst.get(w));
          if (c == null) {
            c = manOrBiggest(titled.get(w));
          }
          if (c == null) {
            c = unique(byLast.get(w), Gender.UNKNOWN);
          }
          if (c == null) {
            c = newCharacter(given(w));
          }
          assign(f, c);
        }
      }
      return out;
    }

    private void assign(Form f, int c) {
      out.put(f.key(), c);
      size.merge(c, counts.get(f.key()), Integer::sum);
    }

    private int newCharacter(Gender g) {
      Person ch = new Person(cast.characters.size());
      ch.gender = g == Gender.M || g == Gender.F ? g : Gender.UNKNOWN;
      cast.characters.add(ch);
      return ch.id;
    }

    private Gender titleGender(Form f) {
      Gender g = f.title().isEmpty() ? null : lex.titles.get(f.title());
      return g == null ? Gender.UNKNOWN : g;
    }

    private Gender given(String name) {
      Gender g = lex.givenNames.get(name);
      return g == null ? Gender.UNKNOWN : g;
    }

    /** The only candidate whose gender agrees with {@code g}, or null. */
    private Integer unique(List<Integer> cands, Gender g) {
      Integer found = null;
      if (cands == null) {
        return null;
      }
      for (int c : cands) {
        Gender cg = cast.characters.get(c).gender;
        if (g == Gender.UNKNOWN || cg == Gender.UNKNOWN || cg == g) {
          if (found != null) {
            return null;
          }
          found = c;
        }
      }
      return found;
    }

    private Integer biggest(List<Integer> cands) {
      Integer best = null;
      if (cands != null) {
        for (int c : cands) {
          if (best == null || size.getOrDefault(c, 0) > size.getOrDefault(best, 0)) {
            best = c;
          }
        }
      }
      return best;
    }

    private Integer manOrBiggest(List<Integer> cands) {
      if (cands != null) {
        for (int c : cands) {
          if (cast.characters.get(c).gender == Gender.M) {
            return c;
          }
        }
      }
      return biggest(cands);
    }
  }
}
