package dev.verbatim.rules;

import dev.verbatim.text.LexiconFile;
import dev.verbatim.text.TextDocument;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of fiction: dialogue tags ({@code fiction-cue-verbs.txt}, with the speech and
 * manner verbs of the news cue lexicon) and conversational speaker phrases
 * ({@code fiction-speaker-phrases.txt}: {@code the latter}). Loaded once per engine; immutable and
 * thread-safe.
 */
final class FictionLexicon {
  /** How a conversational phrase picks its speaker. */
  enum Refers { LATTER, FORMER, OTHER }

  private final Set<String> verbs = new HashSet<>();
  /** Two-word tags keyed by their first word: {@code went on}. */
  private final Map<String, Set<String>> pairs = new HashMap<>();
  /** Speaker phrases keyed by their words joined with a space. */
  private final Map<String, Refers> phrases = new HashMap<>();
  /** Kin nouns and the title of their bearer ({@code fiction-kin.txt}): {@code mother} Mrs. */
  final Map<String, String> kinTitles = new HashMap<>();
  /** Interjections that are never a name ({@code fiction-interjections.txt}): {@code oh}, lower case. */
  final Set<String> interjections = new HashSet<>();
  /** Words of writing ({@code fiction-written-words.txt}): {@code letter}, {@code label}. */
  private final Set<String> writtenWords = new HashSet<>();
  /**
   * Titles that stand before a family name only ({@code fiction-surname-titles.txt}: {@code Mr.},
   * {@code Mrs.}), as {@link Lexicons#key} forms: {@code mr}.
   */
  final Set<String> surnameTitles = new HashSet<>();

  FictionLexicon(Lexicons lex) {
    lex.cueVerbs.forEach((form, v) -> {
      if (v.cueClass() == Lexicons.CueClass.SPEECH || v.cueClass() == Lexicons.CueClass.MANNER) {
        verbs.add(form);
      }
    });
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-cue-verbs.txt")) {
      String[] f = line.split("\\s*\\|\\s*");
      for (String form : f[1].trim().toLowerCase(Locale.ROOT).split("\\s+")) {
        int u = form.indexOf('_');
        if (u < 0) {
          verbs.add(form);
        } else {
          pairs.computeIfAbsent(form.substring(0, u), k -> new HashSet<>()).add(form.substring(u + 1));
        }
      }
    }
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-speaker-phrases.txt")) {
      String[] f = line.split("\\s*\\|\\s*");
      phrases.put(f[0].trim().toLowerCase(Locale.ROOT),
          Refers.valueOf(f[1].trim().toUpperCase(Locale.ROOT)));
    }
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-written-words.txt")) {
      writtenWords.add(line.trim().toLowerCase(Locale.ROOT));
    }
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-kin.txt")) {
      String[] f = line.split("\\s*\\|\\s*");
      kinTitles.put(f[0].trim().toLowerCase(Locale.ROOT), Lexicons.key(f[1].trim()));
    }
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-interjections.txt")) {
      interjections.add(line.trim().toLowerCase(Locale.ROOT));
    }
    for (String line : LexiconFile.resource(FictionLexicon.class, "fiction-surname-titles.txt")) {
      surnameTitles.add(Lexicons.key(line.trim()));
    }
  }

  /** Whether {@code lower} is a word of writing: {@code letter}, {@code note}, {@code label}. */
  boolean isWrittenWord(String lower) {
    return writtenWords.contains(lower);
  }

  /** Tokens the dialogue tag at {@code t} spans (1 or 2), or 0 when no tag starts there. */
  int tagAt(TextDocument doc, int t) {
    if (!Words.isWord(doc, t)) {
      return 0;
    }
    String w = doc.tokenLower(t);
    Set<String> second = pairs.get(w);
    if (second != null && Words.isWord(doc, t + 1) && second.contains(doc.tokenLower(t + 1))) {
      return 2;
    }
    return verbs.contains(w) ? 1 : 0;
  }

  /** The conversational phrase of {@code words} words starting at {@code t}, or null. */
  Refers phraseAt(TextDocument doc, int t, int words) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words; k++) {
      if (!Words.isWord(doc, t + k)) {
        return null;
      }
      sb.append(k == 0 ? "" : " ").append(doc.tokenLower(t + k));
    }
    return phrases.get(sb.toString());
  }
}
