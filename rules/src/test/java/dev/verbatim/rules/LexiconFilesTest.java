package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import dev.verbatim.LexiconName;
import dev.verbatim.rules.LexiconLines.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks every shipped lexicon file against its documented line format and its required content. */
class LexiconFilesTest {
  /** Field count and the allowed values of each closed field (null: free text), per file. */
  private record Format(int fields, List<Set<String>> allowed, Function<Entry, String> key) {}

  private static final Set<String> GENDER = Set.of("m", "f", "-");
  private static final Set<String> NUMBER = Set.of("sg", "pl");
  private static final Function<Entry, String> FIRST = e -> e.field(0);
  private static final Function<Entry, String> FIRST_LOWER = e -> e.field(0).toLowerCase(Locale.ROOT);

  private static final Map<String, Format> FORMATS = ImmutableMap.<String, Format>builder()
      .put("cue-verbs.txt", new Format(3, allowed(Set.of("speech", "manner", "writing", "risky", "stance"),
          null, null), e -> e.field(1)))
      .put("multiword-cues.txt", new Format(2, allowed(Set.of("source-after", "subject-phrase",
          "object-speaker", "possessive-speaker"), null), e -> e.field(1).toLowerCase(Locale.ROOT)))
      .put("titles.txt", new Format(2, allowed(null, GENDER), FIRST))
      .put("role-nouns.txt", new Format(3, allowed(null, GENDER, NUMBER), FIRST))
      .put("organisation-heads.txt", new Format(2, allowed(null, Set.of("head", "suffix", "name")),
          e -> e.field(0) + " | " + e.field(1)))
      .put("pronouns.txt", new Format(3, allowed(null, Set.of("m", "f", "n", "-"), NUMBER),
          FIRST_LOWER))
      .put("given-names.txt", new Format(2, allowed(null, Set.of("m", "f", "u")), FIRST))
      .put("anonymous-heads.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("document-heads.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("speech-nouns.txt", new Format(2, allowed(null, null), FIRST_LOWER))
      .put("speaking-nouns.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("object-verbs.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("fronted-subordinators.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("noun-homograph-cues.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .put("fiction-cue-verbs.txt", new Format(2, allowed(null, null), FIRST))
      .put("fiction-speaker-phrases.txt", new Format(2, allowed(null,
          Set.of("latter", "former", "other")), FIRST_LOWER))
      .put("fiction-written-words.txt", new Format(1, allowed((Set<String>) null), FIRST_LOWER))
      .build();

  @SafeVarargs
  private static List<Set<String>> allowed(Set<String>... perField) {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> s : perField) {
      out.add(s);
    }
    return out;
  }

  static Stream<String> files() {
    return FORMATS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void headerNamesWhatSourceFormatAndLineFormat(String file) {
    LexiconLines lex = LexiconLines.read(file);
    assertThat(lex.headerLine(0)).as(file + " line 1").matches("# Verbatim lexicon: \\S.*");
    assertThat(lex.headerLine(1)).as(file + " line 2")
        .matches("# source: compiled by the Verbatim developers from \\S.*");
    assertThat(lex.headerLine(2)).as(file + " line 3").isEqualTo("# format: 1");
    assertThat(lex.headerLine(3)).as(file + " line 4").matches("# \\S.*");
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyLineHasTheRightFieldsAndAllowedValues(String file) {
    Format format = FORMATS.get(file);
    LexiconLines lex = LexiconLines.read(file);
    assertThat(lex.entries()).as(file + " entries").isNotEmpty();
    for (Entry e : lex.entries()) {
      assertThat(e.fields()).as(file + " " + e + ": field count").hasSize(format.fields());
      for (int i = 0; i < format.fields(); i++) {
        String f = e.field(i);
        assertThat(f).as(file + " " + e + ": field " + (i + 1) + " is trimmed and single-spaced")
            .isNotBlank().isEqualTo(f.strip()).doesNotContain("  ", "\t", "|");
        Set<String> allowed = format.allowed().get(i);
        if (allowed != null) {
          assertThat(allowed).as(file + " " + e + ": field " + (i + 1)).contains(f);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void hasNoDuplicateEntries(String file) {
    Map<String, List<Entry>> byKey = LexiconLines.read(file).entries().stream()
        .collect(Collectors.groupingBy(FORMATS.get(file).key()));
    assertThat(byKey.values().stream().filter(v -> v.size() > 1).toList())
        .as(file + " duplicate entries").isEmpty();
  }

  @Test
  void everyRulesLexiconNameHasItsFile() {
    for (LexiconName name : LexiconName.values()) {
      if (name != LexiconName.ABBREVIATIONS) { // abbreviations ship with core's sentence splitter
        assertThat(FORMATS).as("format known for " + name).containsKey(name.resource());
        assertThat(LexiconLines.read(name.resource()).entries()).as(name.resource()).isNotEmpty();
      }
    }
  }

  @Test
  void cueVerbFormsStartWithTheLemmaAndBelongToOneLemma() {
    Map<String, String> owner = new HashMap<>();
    for (Entry e : LexiconLines.read("cue-verbs.txt").entries()) {
      String lemma = e.field(1);
      assertThat(lemma).as(e.toString()).matches("[a-z]+(-[a-z]+)?( [a-z]+)?");
      List<String> forms = List.of(e.field(2).split(" "));
      assertThat(forms).as(e + ": forms").doesNotHaveDuplicates().hasSizeBetween(3, 7)
          .allMatch(f -> f.matches("[a-z]+(-[a-z]+)?(_[a-z]+)?"));
      assertThat(forms.get(0)).as(e + ": first form").isEqualTo(lemma.replace(' ', '_'));
      if (lemma.contains(" ")) {
        String particle = "_" + lemma.substring(lemma.indexOf(' ') + 1);
        assertThat(forms).as(e + ": phrasal forms keep the particle").allMatch(f -> f.endsWith(particle));
      }
      for (String form : forms) {
        String previous = owner.putIfAbsent(form, lemma);
        assertThat(previous).as(e + ": form " + form + " already belongs to " + previous).isNull();
      }
    }
  }

  @Test
  void cueVerbsHaveEveryLemmaIssueThreeNamesInItsClass() {
    // A stance verb is a risky verb whose object is also what is reported: risky for this check.
    Map<String, String> classOf = LexiconLines.read("cue-verbs.txt").entries().stream()
        .collect(Collectors.toMap(e -> e.field(1),
            e -> e.field(0).equals("stance") ? "risky" : e.field(0)));
    assertThat(classOf).as("cue-verb lemmas").hasSizeGreaterThanOrEqualTo(170);
    Map<String, String> required = new HashMap<>();
    words("say tell add explain note state claim insist argue warn stress acknowledge admit confirm "
        + "deny announce declare reply respond ask recall predict promise suggest testify assert allege "
        + "complain conclude contend maintain urge reveal continue clarify counter reiterate emphasize "
        + "emphasise").forEach(w -> required.put(w, "speech"));
    required.put("point out", "speech");
    words("sigh quip joke retort shout whisper mutter snap laugh").forEach(w -> required.put(w, "manner"));
    words("write tweet post").forEach(w -> required.put(w, "writing"));
    words("think believe call describe hope fear find show want feel know expect accuse praise "
        + "criticize blame agree propose recommend demand vow pledge threaten report indicate estimate")
        .forEach(w -> required.put(w, "risky"));
    assertThat(classOf).as("lemma -> class").containsAllEntriesOf(required);
  }

  @Test
  void objectVerbsAreFormsOfSpeechOrMannerCueVerbs() {
    Map<String, String> classOfForm = new HashMap<>();
    for (Entry e : LexiconLines.read("cue-verbs.txt").entries()) {
      for (String form : e.field(2).split(" ")) {
        classOfForm.put(form, e.field(0));
      }
    }
    List<String> forms = LexiconLines.read("object-verbs.txt").entries().stream()
        .map(e -> e.field(0)).toList();
    assertThat(forms).contains("added", "maintained", "states").doesNotContain("stated", "said");
    assertThat(forms).allSatisfy(f -> assertThat(classOfForm.get(f)).as(f).isIn("speech", "manner"));
  }

  @Test
  void cueVerbFormsCoverRegularAndIrregularInflection() {
    Map<String, String> formsOf = LexiconLines.read("cue-verbs.txt").entries().stream()
        .collect(Collectors.toMap(e -> e.field(1), e -> e.field(2)));
    assertThat(formsOf).containsEntry("say", "say says said saying")
        .containsEntry("write", "write writes wrote written writing")
        .containsEntry("deny", "deny denies denied denying")
        .containsEntry("admit", "admit admits admitted admitting")
        .containsEntry("point out", "point_out points_out pointed_out pointing_out");
  }

  @Test
  void multiwordCuesPlaceTheSpeakerPlaceholderWhereTheirKindSays() {
    List<Entry> entries = LexiconLines.read("multiword-cues.txt").entries();
    for (Entry e : entries) {
      List<String> words = words(e.field(1));
      assertThat(words).as(e + ": at least two words").hasSizeGreaterThan(1);
      boolean hasX = words.contains("X") || words.contains("X's");
      boolean needsX = e.field(0).equals("object-speaker") || e.field(0).equals("possessive-speaker");
      assertThat(hasX).as(e + ": X placeholder").isEqualTo(needsX);
      if (e.field(0).equals("possessive-speaker")) {
        assertThat(words).as(e.toString()).contains("X's");
      }
    }
    assertThat(entries.stream().map(e -> e.field(0) + " | " + e.field(1))).contains(
        "source-after | according to", "subject-phrase | was quoted as saying",
        "object-speaker | quoted X as saying", "subject-phrase | said in a statement",
        "subject-phrase | in a statement", "subject-phrase | told reporters",
        "subject-phrase | went on", "possessive-speaker | in X's words",
        "object-speaker | cited X as saying", "possessive-speaker | in X's view");
  }

  @Test
  void titlesRoleNounsAndPronounsCarryTheirGender() {
    assertThat(lines("titles.txt")).contains("Mr. | m", "Mr | m", "Ms. | f", "Mrs. | f", "Dr. | -",
        "Sen. | -", "Rep. | -", "Gov. | -", "Lt. Gov. | -", "President | -", "Vice President | -",
        "Prime Minister | -", "Chancellor | -", "Secretary of State | -", "Chief Justice | -",
        "Queen | f", "King | m", "Sir | m", "Dame | f", "Chairwoman | f", "Attorney General | -");
    assertThat(lines("role-nouns.txt")).hasSizeGreaterThanOrEqualTo(120).contains(
        "spokesman | m | sg", "spokeswoman | f | sg", "spokesperson | - | sg",
        "spokesmen | m | pl", "official | - | sg", "officials | - | pl", "adviser | - | sg",
        "advisor | - | sg", "chief executive | - | sg", "senators | - | pl", "critics | - | pl",
        "source | - | sg", "sources | - | pl");
    assertThat(lines("pronouns.txt")).contains("he | m | sg", "him | m | sg", "his | m | sg",
        "she | f | sg", "her | f | sg", "it | n | sg", "its | n | sg", "they | - | pl",
        "them | - | pl", "I | - | sg", "we | - | pl", "you | - | sg");
  }

  @Test
  void organisationHeadsHaveHeadsSuffixesAndNames() {
    assertThat(lines("organisation-heads.txt")).contains("ministry | head", "department | head",
        "agency | head", "police | head", "company | head", "union | head", "campaign | head",
        "Inc. | suffix", "Corp. | suffix", "Party | suffix", "Kremlin | name",
        "White House | name", "Reuters | name", "Associated Press | name");
    for (Entry e : LexiconLines.read("organisation-heads.txt").entries()) {
      char first = e.field(0).charAt(0);
      boolean lower = Character.isLowerCase(first);
      assertThat(lower).as(e + ": heads are lower case, names and suffixes capitalised")
          .isEqualTo(e.field(1).equals("head") || e.field(0).startsWith("the "));
    }
  }

  @Test
  void givenNamesAreManyAndCapitalised() {
    List<Entry> entries = LexiconLines.read("given-names.txt").entries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(600)
        .allSatisfy(e -> assertThat(e.field(0)).as(e.toString()).matches("\\p{Lu}[\\p{L}'-]+"));
    Map<String, Long> byGender = entries.stream()
        .collect(Collectors.groupingBy(e -> e.field(1), Collectors.counting()));
    assertThat(byGender.get("m")).as("male names").isGreaterThan(250);
    assertThat(byGender.get("f")).as("female names").isGreaterThan(250);
    assertThat(lines("given-names.txt")).contains("Peter | m", "Mary | f", "Taylor | u");
  }

  private static List<String> lines(String file) {
    return LexiconLines.read(file).entries().stream().map(Entry::text).toList();
  }

  private static List<String> words(String s) {
    return List.of(s.strip().split("\\s+"));
  }
}
