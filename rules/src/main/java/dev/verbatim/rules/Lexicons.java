package dev.verbatim.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.verbatim.LexiconName;
import dev.verbatim.text.LexiconFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every English word list, parsed once into immutable maps. Immutable and thread-safe.
 *
 * <p>Each list comes from its data file next to this class, unless the caller replaced it; caller
 * extensions are appended. A malformed entry fails {@link #load} with its lexicon, entry
 * number and text.
 */
final class Lexicons {
  /** Gender of a word or name: masculine, feminine, neuter (it), or unknown. */
  enum Gender { M, F, N, UNKNOWN }

  /** Cue verb classes; STANCE verbs are risky verbs whose object is itself what is reported. */
  enum CueClass { SPEECH, MANNER, WRITING, RISKY, STANCE }

  record CueVerb(String lemma, CueClass cueClass, boolean gerund, boolean base) {}

  record Noun(Gender gender, boolean plural) {}

  /** A multi-word cue; {@code X} in {@code tokens} marks the speaker's place. */
  record Phrase(String kind, ImmutableList<String> tokens) {}

  final ImmutableMap<String, CueVerb> cueVerbs;
  /** Phrasal cue verbs ({@code point out}) keyed by their first word. */
  final ImmutableMap<String, ImmutableList<ImmutableList<String>>> phrasalVerbs;
  final ImmutableMap<String, CueVerb> phrasalInfo;
  /** Every word a cue can start with: the keys of cueVerbs, phrasalVerbs and phrases. */
  final ImmutableSet<String> cueStarts;
  /** Multi-word cues keyed by their first word, lower case. */
  final ImmutableMap<String, ImmutableList<Phrase>> phrases;
  final ImmutableMap<String, Gender> titles;
  final ImmutableMap<String, Noun> roleNouns;
  final ImmutableSet<String> orgHeads;
  final ImmutableSet<String> orgSuffixes;
  final ImmutableSet<String> orgNames;
  final ImmutableMap<String, Noun> pronouns;
  final ImmutableMap<String, Gender> givenNames;
  /**
   * Nouns for documents and findings ({@code poll}, {@code report}): as a cue's subject they make a
   * risky verb a report ({@code the poll showed ...}), and they can speak.
   */
  final ImmutableSet<String> documentHeads;
  /** Nouns that name an unnamed source after an indefinite or a number ({@code a source}). */
  final ImmutableSet<String> anonymousHeads;
  /** Other lower-case nouns that can speak ({@code percent}, {@code majority}); see {@link Animacy}. */
  final ImmutableSet<String> speakingNouns;

  /**
   * Nouns of saying and thinking whose possessor speaks ({@code his claim that}), each with the
   * words that open its report: {@code that}, {@code is-that} or a preposition. Shipped only; not a
   * replaceable lexicon.
   */
  final ImmutableMap<String, ImmutableSet<String>> speechNouns;

  /**
   * Cue verb forms whose plain object is a thing, not speech ({@code added 200 jobs}): they report
   * only a framed or finite clause. Shipped only; not a replaceable lexicon.
   */
  final ImmutableSet<String> objectVerbs;

  /**
   * Openers of a subordinate clause set before the main clause ({@code while}, {@code even
   * though}), each as its words; see {@link FrontedSubordinate}. Shipped only; not a replaceable
   * lexicon.
   */
  final ImmutableList<ImmutableList<String>> frontedSubordinators;

  /**
   * Cue verb forms that news mostly uses as nouns ({@code state}, {@code states}); see {@link
   * NounHomograph}. Shipped only; not a replaceable lexicon.
   */
  final ImmutableSet<String> nounHomographs;

  private Lexicons(Builder b) {
    cueVerbs = canonical(b.cueVerbs);
    ImmutableMap.Builder<String, ImmutableList<ImmutableList<String>>> pv = ImmutableMap.builder();
    b.phrasal.forEach((k, v) -> pv.put(k.intern(),
        ImmutableList.copyOf(v.stream().map(Lexicons::canonicalList).toList())));
    phrasalVerbs = pv.buildOrThrow();
    phrasalInfo = canonical(b.phrasalInfo);
    ImmutableMap.Builder<String, ImmutableList<Phrase>> ph = ImmutableMap.builder();
    b.phrases.forEach((k, v) -> ph.put(k.intern(), ImmutableList.copyOf(
        v.stream().map(p -> new Phrase(p.kind(), canonicalList(p.tokens()))).toList())));
    phrases = ph.buildOrThrow();
    cueStarts = ImmutableSet.<String>builder().addAll(cueVerbs.keySet())
        .addAll(phrasalVerbs.keySet()).addAll(phrases.keySet()).build();
    titles = canonical(b.titles);
    roleNouns = canonical(b.roleNouns);
    orgHeads = canonical(b.orgHeads);
    orgSuffixes = canonical(b.orgSuffixes);
    orgNames = canonical(b.orgNames);
    pronouns = canonical(b.pronouns);
    givenNames = canonical(b.givenNames);
    ImmutableMap.Builder<String, ImmutableSet<String>> nouns = ImmutableMap.builder();
    for (String line : LexiconFile.resource(Lexicons.class, "speech-nouns.txt")) {
      String[] f = line.split("\\s*\\|\\s*", -1);
      nouns.put(key(f[0]).intern(), canonical(Arrays.asList(f[1].trim().split("\\s+"))));
    }
    speechNouns = nouns.buildOrThrow();
    objectVerbs = ImmutableSet.copyOf(LexiconFile.resource(Lexicons.class, "object-verbs.txt")
        .stream().map(w -> key(w).intern()).toList());
    frontedSubordinators = LexiconFile.resource(Lexicons.class, "fronted-subordinators.txt")
        .stream().map(w -> canonicalList(Arrays.asList(key(w).split("\\s+"))))
        .collect(ImmutableList.toImmutableList());
    nounHomographs = ImmutableSet.copyOf(LexiconFile.resource(Lexicons.class,
        "noun-homograph-cues.txt").stream().map(w -> key(w).intern()).toList());
    documentHeads = canonical(b.documentHeads);
    anonymousHeads = canonical(b.anonymousHeads);
    speakingNouns = canonical(b.speakingNouns);
  }

  // Every word is held as the JVM's interned string, the instance that Java literals (Words) and the
  // engine's vocabulary hold too, so that a lookup by a token's form finds an equal key by identity.
  private static <V> ImmutableMap<String, V> canonical(Map<String, V> m) {
    ImmutableMap.Builder<String, V> b = ImmutableMap.builderWithExpectedSize(m.size());
    m.forEach((k, v) -> b.put(k.intern(), v));
    return b.buildOrThrow();
  }

  private static ImmutableSet<String> canonical(Collection<String> words) {
    return words.stream().map(String::intern).collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableList<String> canonicalList(List<String> words) {
    return words.stream().map(String::intern).collect(ImmutableList.toImmutableList());
  }

  /** The shipped lexicons with the caller's replacements and extensions. */
  static Lexicons load(Map<LexiconName, List<String>> replaced,
      Map<LexiconName, List<String>> extended) {
    Builder b = new Builder();
    for (LexiconName name : LexiconName.values()) {
      if (name == LexiconName.ABBREVIATIONS) {
        continue; // the text model in core reads these
      }
      List<String> lines = new ArrayList<>(replaced.containsKey(name)
          ? LexiconFile.entries(replaced.get(name))
          : LexiconFile.resource(Lexicons.class, name.resource()));
      lines.addAll(LexiconFile.entries(extended.getOrDefault(name, List.of())));
      for (int i = 0; i < lines.size(); i++) {
        b.add(name, lines.get(i), i + 1);
      }
    }
    return new Lexicons(b);
  }

  static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
  }

  private static final class Builder {
    final Map<String, CueVerb> cueVerbs = new HashMap<>();
    final Map<String, List<ImmutableList<String>>> phrasal = new HashMap<>();
    final Map<String, CueVerb> phrasalInfo = new HashMap<>();
    final Map<String, List<Phrase>> phrases = new HashMap<>();
    final Map<String, Gender> titles = new HashMap<>();
    final Map<String, Noun> roleNouns = new HashMap<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> orgSuffixes = new HashSet<>();
    final Set<String> orgNames = new HashSet<>();
    final Map<String, Noun> pronouns = new HashMap<>();
    final Map<String, Gender> givenNames = new HashMap<>();
    final Set<String> documentHeads = new HashSet<>();
    final Set<String> anonymousHeads = new HashSet<>();
    final Set<String> speakingNouns = new HashSet<>();

    void add(LexiconName name, String line, int lineNo) {
      String[] f = line.split("\\s*\\|\\s*", -1);
      switch (name) {
        case CUE_VERBS -> {
          need(name, line, lineNo, f, 3, "class | lemma | forms");
          CueClass cls = parseEnum(CueClass.class, f[0], name, lineNo);
          String lemma = f[1].toLowerCase(Locale.ROOT);
          for (String form : f[2].trim().split("\\s+")) {
            String lower = form.toLowerCase(Locale.ROOT);
            // "calling_for" is an -ing form too: its verb, not its particle, ends the word
            CueVerb v = new CueVerb(lemma, cls, lower.split("_")[0].endsWith("ing"),
                lower.equals(lemma.replace(' ', '_')));
            if (lower.contains("_")) {
              String[] parts = lower.split("_");
              phrasal.computeIfAbsent(parts[0], k -> new ArrayList<>())
                  .add(ImmutableList.copyOf(parts));
              phrasalInfo.put(lower.replace('_', ' '), v);
            } else {
              cueVerbs.putIfAbsent(lower, v);
            }
          }
        }
        case MULTIWORD_CUES -> {
          need(name, line, lineNo, f, 2, "kind | phrase");
          ImmutableList<String> toks = ImmutableList.copyOf(
              f[1].toLowerCase(Locale.ROOT).replace("x's", "x 's").split("\\s+"));
          phrases.computeIfAbsent(toks.get(0), k -> new ArrayList<>())
              .add(new Phrase(f[0].toLowerCase(Locale.ROOT), toks));
        }
        case TITLES -> {
          need(name, line, lineNo, f, 2, "title | gender");
          titles.put(key(f[0]), gender(f[1], name, lineNo));
        }
        case ROLE_NOUNS -> {
          need(name, line, lineNo, f, 3, "noun | gender | number");
          roleNouns.put(key(f[0]), new Noun(gender(f[1], name, lineNo), plural(f[2], name, lineNo)));
        }
        case ORGANISATION_HEADS -> {
          need(name, line, lineNo, f, 2, "entry | kind");
          switch (f[1].toLowerCase(Locale.ROOT)) {
            case "head" -> orgHeads.add(key(f[0]));
            case "suffix" -> orgSuffixes.add(key(f[0]));
            case "name" -> orgNames.add(key(f[0]));
            default -> throw bad(name, lineNo, "kind must be head, suffix or name: " + f[1]);
          }
        }
        case PRONOUNS -> {
          need(name, line, lineNo, f, 3, "pronoun | gender | number");
          pronouns.put(key(f[0]), new Noun(gender(f[1], name, lineNo), plural(f[2], name, lineNo)));
        }
        case GIVEN_NAMES -> {
          need(name, line, lineNo, f, 2, "name | gender");
          givenNames.put(f[0].trim(), gender(f[1], name, lineNo));
        }
        case DOCUMENT_HEADS -> {
          need(name, line, lineNo, f, 1, "noun");
          documentHeads.add(key(f[0]));
        }
        case ANONYMOUS_HEADS -> {
          need(name, line, lineNo, f, 1, "noun");
          anonymousHeads.add(key(f[0]));
        }
        case SPEAKING_NOUNS -> {
          need(name, line, lineNo, f, 1, "noun");
          speakingNouns.add(key(f[0]));
        }
        default -> { }
      }
    }

    private static void need(LexiconName name, String line, int lineNo, String[] f, int n,
        String format) {
      if (f.length != n || java.util.Arrays.stream(f).anyMatch(String::isBlank)) {
        throw bad(name, lineNo, "expected '" + format + "' but got '" + line + "'");
      }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s, LexiconName name,
        int lineNo) {
      try {
        return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw bad(name, lineNo, "unknown value '" + s + "'");
      }
    }

    private static Gender gender(String s, LexiconName name, int lineNo) {
      return switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "m" -> Gender.M;
        case "f" -> Gender.F;
        case "n" -> Gender.N;
        case "-", "u" -> Gender.UNKNOWN;
        default -> throw bad(name, lineNo, "gender must be m, f, n, u or -: " + s);
      };
    }

    private static boolean plural(String s, LexiconName name, int lineNo) {
      return switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "sg" -> false;
        case "pl" -> true;
        default -> throw bad(name, lineNo, "number must be sg or pl: " + s);
      };
    }

    private static IllegalArgumentException bad(LexiconName name, int lineNo, String msg) {
      // Comments and blank lines are gone by now, so the number counts entries, not file lines.
      return new IllegalArgumentException("lexicon " + name + " entry " + lineNo + ": " + msg);
    }
  }
}
