package dev.verbatim.rules;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words the English rules look tokens up by: every lexicon's entries, the words of its phrases
 * and the closed word classes of {@link Words}. The engine gives each one string for the engine's
 * life, shared by every token spelled like it (see {@code dev.verbatim.text.Vocabulary}), and an id
 * that {@link WordClasses} reads its sets by: every word of those sets must be here (its
 * constructor checks), while a word of another lexicon missing here costs only speed.
 */
final class RuleVocabulary {
  private RuleVocabulary() {}

  static Set<String> of(Lexicons lex) {
    Set<String> words = new LinkedHashSet<>();
    words.addAll(lex.cueVerbs.keySet());
    lex.phrasalVerbs.values().forEach(list -> list.forEach(words::addAll));
    lex.phrases.values().forEach(list -> list.forEach(p -> words.addAll(p.tokens())));
    words.addAll(lex.titles.keySet());
    words.addAll(lex.roleNouns.keySet());
    words.addAll(lex.orgHeads);
    words.addAll(lex.orgSuffixes);
    words.addAll(lex.orgNames);
    words.addAll(lex.pronouns.keySet());
    words.addAll(lex.givenNames.keySet());
    words.addAll(lex.documentHeads);
    words.addAll(lex.anonymousHeads);
    words.addAll(lex.speakingNouns);
    words.addAll(lex.speechNouns.keySet());
    lex.speechNouns.values().forEach(words::addAll);
    words.addAll(lex.objectVerbs);
    words.addAll(lex.cueStarts);
    words.addAll(MentionParser.SUBJECT_PRONOUNS);
    for (Collection<String> closed : List.of(Words.CLAUSE_OPENERS, Words.DETERMINERS,
        Words.FUNCTION_WORDS, Words.PREPOSITIONS, Words.AUXILIARIES, Words.TIME_WORDS)) {
      words.addAll(closed);
    }
    words.removeIf(w -> w.isEmpty() || w.indexOf(' ') >= 0);
    return words;
  }
}
