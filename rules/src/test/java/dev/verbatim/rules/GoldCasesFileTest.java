package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the gold-case file itself, independently of the rules: enough cases for every issue-3 bullet,
 * unique ids, offsets inside the text, and each expected quote consistent with its kind. Runs in every
 * build, unlike {@link GoldCasesTest}.
 */
class GoldCasesFileTest {
  private static final Set<String> KINDS = Set.of("direct", "mixed", "indirect");
  private static final String OPENING = "“‘\"'";
  private static final String CLOSING = "”’\"'";
  private static final List<String> BULLETS = List.of("speaker after quote", "speaker before quote",
      "split quote", "appositive or aside", "dash attribution", "time words after cue",
      "according to", "was quoted as saying", "quoted X as saying", "multi-word cue", "participle saying/adding",
      "told listener", "mixed quote", "indirect speech", "floating quote paragraph",
      "quote inside quote", "name inside quote", "name chain", "pronoun resolution", "role nominal",
      "organisation speaker", "anonymous source", "plural speaker", "not speech");

  private final List<GoldCase> cases = GoldCase.load();

  @Test
  void hasSeventyCasesWithUniqueIdsCoveringEveryBulletThreeTimes() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(70);
    assertThat(cases.stream().map(GoldCase::id)).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9-]+"));
    Map<String, Long> perBullet =
        cases.stream().collect(Collectors.groupingBy(GoldCase::covers, Collectors.counting()));
    assertThat(perBullet.keySet()).as("covers groups").containsExactlyInAnyOrderElementsOf(BULLETS);
    assertThat(perBullet).allSatisfy((bullet, n) -> assertThat(n).as(bullet).isGreaterThanOrEqualTo(3));
  }

  @Test
  void everyExpectedQuoteIsConsistentWithItsKindAndText() {
    for (GoldCase c : cases) {
      String text = c.text();
      for (int i = 0; i < c.raw().size(); i++) {
        Map<String, Object> q = c.raw().get(i);
        String where = c.id() + " quote " + i;
        String kind = (String) q.get("kind");
        assertThat(KINDS).as(where + " kind").contains(kind);
        assertThat(c.spans().get(i)).as(where + " spans").isNotEmpty();
        for (long[] s : c.spans().get(i)) {
          assertThat(s[0]).as(where + " span start").isBetween(0L, s[1] - 1);
          assertThat(s[1]).as(where + " span end").isLessThanOrEqualTo(text.length());
          String piece = text.substring((int) s[0], (int) s[1]);
          if (kind.equals("direct")) {
            assertThat(OPENING).as(where + " opens with a mark: " + piece).contains(piece.substring(0, 1));
            assertThat(CLOSING).as(where + " closes with a mark: " + piece)
                .contains(piece.substring(piece.length() - 1));
          } else {
            assertThat(piece).as(where + " reported clause is trimmed").isEqualTo(piece.strip());
            assertThat(piece.chars().anyMatch(ch -> "“”‘’\"".indexOf(ch) >= 0))
                .as(where + " has quote marks iff mixed: " + piece).isEqualTo(kind.equals("mixed"));
          }
        }
        for (String field : List.of("cue", "speaker")) {
          String value = (String) q.get(field);
          if (value != null) {
            assertThat(text).as(where + " " + field).contains(value);
          }
        }
        assertThat(q.get("speaker") == null).as(where + " speaker and entity both set or both null")
            .isEqualTo(q.get("entity") == null);
      }
    }
  }

  @Test
  void describesQuotesWithTheirText() {
    GoldCase c = cases.stream().filter(g -> g.id().equals("after-quote-said-title")).findFirst()
        .orElseThrow();
    assertThat(c.quotes()).containsExactly(
        "direct [0,33) “Nobody will lose their pension,” | cue said | speaker Gov. Ana Ruiz"
            + " | entity Ana Ruiz");
  }
}
