package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of the rules' word sets hold each word, as one bit per set, read for a token with one array
 * access: the hottest tests of the rules ({@code is this word a cue's first word}, {@code may this
 * word stand in a name}) ask up to eight sets about every word of a text, and a hash lookup per set
 * per word was a quarter of the engine's time.
 *
 * <p>The bits are indexed by the word ids of the engine's vocabulary ({@link
 * TextDocument#tokenWordId}), which index the same list as {@link #words}; every set here is a
 * subset of that list ({@link RuleVocabulary}), so a token with no id is in none of them. A token
 * the vocabulary is unsure of ({@code İ}, {@code Σ}), or a document analysed with another
 * vocabulary, is looked up in the sets themselves: the answer is always the sets' own.
 *
 * <p>Immutable and thread-safe.
 */
final class WordClasses {
  static final long CUE_START = 1L;
  static final long CUE_VERB = 1L << 1;
  static final long DETERMINER = 1L << 2;
  static final long PREPOSITION = 1L << 3;
  static final long AUXILIARY = 1L << 4;
  static final long FUNCTION_WORD = 1L << 5;
  static final long CLAUSE_OPENER = 1L << 6;
  static final long TIME_WORD = 1L << 7;
  static final long SUBJECT_PRONOUN = 1L << 8;

  /** The words that end a run of modifiers before a name ({@link MentionParser}). */
  static final long NOT_A_MODIFIER = DETERMINER | PREPOSITION | AUXILIARY | FUNCTION_WORD
      | CLAUSE_OPENER | TIME_WORD | SUBJECT_PRONOUN | CUE_VERB;

  private final List<String> words;
  private final long[] bits;
  private final List<Set<String>> sets;
  private final Map<String, Integer> idByWord;

  WordClasses(List<String> words, Lexicons lex) {
    this.words = words;
    // In the order of the bits above.
    this.sets = List.of(lex.cueStarts, lex.cueVerbs.keySet(), Words.DETERMINERS,
        Words.PREPOSITIONS, Words.AUXILIARIES, Words.FUNCTION_WORDS, Words.CLAUSE_OPENERS,
        Words.TIME_WORDS, MentionParser.SUBJECT_PRONOUNS);
    Map<String, Integer> ids = new HashMap<>();
    for (int id = 0; id < words.size(); id++) {
      ids.putIfAbsent(words.get(id).toLowerCase(Locale.ROOT), id); // ids are of lower-case forms
    }
    this.idByWord = Map.copyOf(ids);
    for (Set<String> set : sets) {
      for (String w : set) {
        if (!idByWord.containsKey(w)) { // a token without an id would be taken for none of the set
          throw new IllegalStateException("word '" + w + "' of a word class is not in the vocabulary");
        }
      }
    }
    this.bits = new long[words.size()];
    for (int id = 0; id < words.size(); id++) {
      bits[id] = classesOf(words.get(id).toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The word id of lower-case {@code word}, as {@link TextDocument#tokenWordId} gives it to a token
   * spelled so (the first of equal words), or -1 when it is none of the words.
   */
  int idOf(String word) {
    Integer id = idByWord.get(word);
    return id == null ? -1 : id;
  }

  /** Whether {@code doc}'s word ids are this list's, so that tokens may be compared by id. */
  boolean idsIndex(TextDocument doc) {
    return doc.wordIdsIndex(words);
  }

  /** The word list whose ids index the bits. */
  List<String> words() {
    return words;
  }

  /** The sets, in the order of their bits (for tests). */
  List<Set<String>> sets() {
    return sets;
  }

  /** The bits of the sets that hold token {@code t}'s lower-case form. */
  long of(TextDocument doc, int t) {
    if (doc.wordIdsIndex(words)) {
      int id = doc.tokenWordId(t);
      if (id >= 0) {
        return bits[id];
      }
      if (id == -1) {
        return 0L; // no word of the list: in no set
      }
    }
    return classesOf(doc.tokenLower(t));
  }

  /**
   * Whether token {@code t} is certainly none of the list's words, so that it equals no word of any
   * lexicon: a token with no id. False when unsure.
   */
  boolean absent(TextDocument doc, int t) {
    return doc.wordIdsIndex(words) && doc.tokenWordId(t) == -1;
  }

  /** Whether token {@code t}'s lower-case form is in any of the sets of {@code mask}. */
  boolean any(TextDocument doc, int t, long mask) {
    return (of(doc, t) & mask) != 0;
  }

  private long classesOf(String w) {
    long b = 0;
    for (int i = 0; i < sets.size(); i++) {
      if (sets.get(i).contains(w)) {
        b |= 1L << i;
      }
    }
    return b;
  }
}
