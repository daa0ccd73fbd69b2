package dev.verbatim.check;

import static dev.verbatim.QuoteKind.DIRECT;
import static dev.verbatim.QuoteKind.MIXED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.verbatim.AttributionResult;
import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparison logic on hand-built attributions (the rules module supplies speakers in real runs). */
class QuoteCheckerTest {
  static final String HALL = "MODERATOR: Senator, what about the bridge?\n"
      + "NAVARRO: We will finish the bridge by the end of next year. The money is already in the "
      + "budget, and the contractors are ready to start in the spring.\n"
      + "Q: And the tolls?\n"
      + "A: There will be no new tolls on local drivers.\n"
      + "HALE: I would never say that the bridge is a waste of money. It is the best project "
      + "this county has seen in a decade.\n"
      + "NAVARRO: Some people claim the plan is dead. But I don't believe that for a second.\n";
  static final SourceText TOWN_HALL = SourceText.parse("hall.txt", HALL);
  static final QuoteChecker CHECKER = QuoteChecker.builder().build();

  static QuoteCheck only(AttributionResult a, SourceText... sources) {
    CheckReport r = CHECKER.check(a, List.of(sources));
    assertThat(r.checks()).hasSize(1);
    return r.checks().get(0);
  }

  static Span in(String text, String piece) {
    int at = text.indexOf(piece);
    assertThat(at).as("once: %s", piece).isGreaterThanOrEqualTo(0);
    assertThat(text.indexOf(piece, at + 1)).as("once: %s", piece).isEqualTo(-1);
    return Span.of(text, at, at + piece.length());
  }

  @Test
  void verbatimQuoteMatchesItsPassageAndSpeaker() {
    String art = "\u201CWe will finish the bridge by the end of next year,\u201D said Elena Navarro.";
    QuoteCheck c = only(Articles.of(art)
        .quote(DIRECT, "\u201CWe will finish the bridge by the end of next year,\u201D",
            "Elena Navarro").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM);
    assertThat(c.similarity()).isEqualTo(1.0);
    assertThat(c.speaker()).isEqualTo("Elena Navarro");
    assertThat(c.article()).containsExactly(Span.of(art, 0, 52));
    Passage p = c.passages().get(0);
    assertThat(p.span()).isEqualTo(in(HALL, "We will finish the bridge by the end of next year"));
    assertThat(p.speaker()).isEqualTo("NAVARRO");
    assertThat(p.sourceName()).isEqualTo("hall.txt");
    assertThat(p.timing()).isNull();
    assertThat(c.differences()).isEmpty();
    assertThat(c.risks()).isEmpty();
  }

  @Test
  void caseMarksHyphensDashesAndSpacingDoNotCount() {
    String src = "NAVARRO: It's a well-known fact: the money is already in the budget.\n";
    String art = "\"It\u2019s a well known fact \u2014 the   Money is already in the bud-\nget,\" "
        + "Navarro said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" Navarro")),
        "Navarro").build(), SourceText.parse("s.txt", src));
    assertThat(c.match()).isEqualTo(CheckClass.VERBATIM);
    assertThat(c.passages().get(0).span())
        .isEqualTo(in(src, "It's a well-known fact: the money is already in the budget"));
  }

  @Test
  void elidedQuoteListsEachEllipsisAndInsertionWithTheSourceWords() {
    String art = "\u201CThe money is \u2026 in the budget, and [the builders] are ready,\u201D "
        + "Navarro said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT,
        art.substring(0, art.indexOf(" Navarro")), "Navarro").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.ELIDED);
    assertThat(c.similarity()).isEqualTo(1.0);
    assertThat(c.differences()).containsExactly(
        new Difference(Difference.Kind.ELISION, 0, in(art, "\u2026"), in(HALL, "already")),
        new Difference(Difference.Kind.INSERTION, 0, in(art, "[the builders]"),
            in(HALL, "the contractors")));
    assertThat(c.passages().get(0).span())
        .isEqualTo(in(HALL, "The money is already in the budget, and the contractors are ready"));
  }

  @Test
  void alteredQuoteGetsAWordDiffAndSimilarity() {
    String art = "\u201CWe will surely finish the bridge by the end of this year,\u201D she said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT,
        art.substring(0, art.indexOf(" she")), null).build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.ALTERED);
    // 10 of 12 quote words and 10 of 11 passage words match: 2 * 10 / 23.
    assertThat(c.similarity()).isCloseTo(20.0 / 23, within(1e-9));
    assertThat(c.differences()).containsExactly(
        new Difference(Difference.Kind.ADDED, 0, in(art, "surely"), Span.of(HALL,
            HALL.indexOf("finish the bridge"), HALL.indexOf("finish the bridge"))),
        new Difference(Difference.Kind.CHANGED, 0, in(art, "this"), in(HALL, "next")));
    assertThat(c.speaker()).isNull();
  }

  @Test
  void droppedWordsWithoutAnEllipsisAreAlterations() {
    String art = "\u201CThe money is in the budget,\u201D she said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" she")),
        null).build(), TOWN_HALL);
    assertThat(c.match()).isEqualTo(CheckClass.ALTERED);
    assertThat(c.differences()).containsExactly(new Difference(Difference.Kind.DROPPED, 0,
        Span.of(art, art.indexOf("in the"), art.indexOf("in the")), in(HALL, "already")));
  }

  @Test
  void quoteNoSourceSupportsIsNotFoundAndTheThresholdIsConfigurable() {
    String art = "\u201CTaxes will go down for every family in the county,\u201D she said.";
    AttributionResult a = Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" she")),
        null).build();
    QuoteCheck c = only(a, TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.NOT_FOUND);
    assertThat(c.similarity()).isLessThan(QuoteChecker.DEFAULT_THRESHOLD);
    assertThat(c.passages()).isEmpty();
    assertThat(c.differences()).isEmpty();

    String close = "\u201CWe will finish the bridge by the end of this year,\u201D she said.";
    AttributionResult b = Articles.of(close).quote(DIRECT,
        close.substring(0, close.indexOf(" she")), null).build();
    QuoteChecker strict = QuoteChecker.builder().threshold(0.95).build();
    assertThat(strict.check(b, List.of(TOWN_HALL)).checks().get(0).match())
        .isEqualTo(CheckClass.NOT_FOUND);
    assertThat(CHECKER.check(b, List.of(TOWN_HALL)).checks().get(0).match())
        .isEqualTo(CheckClass.ALTERED);
    assertThatThrownBy(() -> QuoteChecker.builder().threshold(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must be in (0, 1], was 0.0; the default is 0.6");
  }

  @Test
  void quoteGivenToTheWrongSpeakerIsMisattributed() {
    String art = "\u201CIt is the best project this county has seen in a decade,\u201D said "
        + "Sen. Elena Navarro.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" said")),
        "Sen. Elena Navarro").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM, CheckClass.MISATTRIBUTED);
    assertThat(c.passages().get(0).speaker()).isEqualTo("HALE");
  }

  @Test
  void nameFormsOfTheSameSpeakerAreNotMisattributions() {
    String src = "MR. TOM HALE: The plan works.\nMs. Navarro: The budget holds.\n"
        + "[Speaker 2] The roads are fine.\n";
    SourceText s = SourceText.parse("s.txt", src);
    for (String who : List.of("Hale", "Tom Hale", "Mr. Hale", "T. Hale", "HALE")) {
      String art = "\u201CThe plan works,\u201D " + who + " said.";
      assertThat(only(Articles.of(art).quote(DIRECT, "\u201CThe plan works,\u201D", who).build(),
          s).classes()).as(who).containsExactly(CheckClass.VERBATIM);
    }
    String art = "\u201CThe budget holds,\u201D said Elena Navarro, and \u201Cthe roads are "
        + "fine,\u201D said Tom Hale.";
    CheckReport r = CHECKER.check(Articles.of(art)
        .quote(DIRECT, "\u201CThe budget holds,\u201D", "Elena Navarro")
        .quote(DIRECT, "\u201Cthe roads are fine,\u201D", "Tom Hale").build(), List.of(s));
    assertThat(r.checks()).extracting(QuoteCheck::classes).containsExactly(
        java.util.Set.of(CheckClass.VERBATIM), java.util.Set.of(CheckClass.VERBATIM));
    assertThat(r.checks().get(1).passages().get(0).anonymousSpeaker()).isTrue();
  }

  @Test
  void questionAndAnswerLabelsAreAnonymousAndNeverFlagged() {
    String art = "\u201CThere will be no new tolls on local drivers,\u201D Hale said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" Hale")),
        "Hale").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM);
    assertThat(c.passages().get(0).speaker()).isEqualTo("A");
  }

  @Test
  void negationBeforeThePassageIsAContextRisk() {
    String art = "Hale said \u201Cthe bridge is a waste of money.\u201D";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT,
        "\u201Cthe bridge is a waste of money.\u201D", "Hale").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM, CheckClass.OUT_OF_CONTEXT_RISK);
    assertThat(c.risks()).containsExactly(new ContextRisk(0, ContextRisk.Where.BEFORE,
        in(HALL, "would never say"), "would never say"));
  }

  @Test
  void reversalAfterThePassageIsAContextRiskButTheNextTurnIsNot() {
    String art = "Navarro said: \u201CThe plan is dead.\u201D";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, "\u201CThe plan is dead.\u201D",
        "Navarro").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM, CheckClass.OUT_OF_CONTEXT_RISK);
    assertThat(c.risks()).extracting(ContextRisk::where, r -> r.cue().text()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ContextRisk.Where.BEFORE, "Some people claim"),
        org.assertj.core.groups.Tuple.tuple(ContextRisk.Where.AFTER, "But"),
        org.assertj.core.groups.Tuple.tuple(ContextRisk.Where.AFTER, "don't"));
    // The moderator's question ends the turn before Navarro speaks: nothing before to flag.
    String art2 = "\u201CWe will finish the bridge,\u201D Navarro said.";
    assertThat(only(Articles.of(art2).quote(DIRECT, "\u201CWe will finish the bridge,\u201D",
        "Navarro").build(), TOWN_HALL).risks()).isEmpty();
  }

  @Test
  void negationInsideTheElidedWordsIsAContextRisk() {
    String src = "GRANT: We will not raise the toll this year.";
    String art = "\u201CWe will ... raise the toll this year,\u201D Grant said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" Grant")),
        "Grant").build(), SourceText.parse("g.txt", src));
    assertThat(c.classes()).containsExactly(CheckClass.ELIDED, CheckClass.OUT_OF_CONTEXT_RISK);
    assertThat(c.risks()).containsExactly(
        new ContextRisk(0, ContextRisk.Where.LEFT_OUT, in(src, "not"), "not"));
  }

  @Test
  void everyProblemAtOnce() {
    String art = "\u201CI would ... say that [the project] is a total waste,\u201D Navarro said.";
    QuoteCheck c = only(Articles.of(art).quote(DIRECT, art.substring(0, art.indexOf(" Navarro")),
        "Navarro").build(), TOWN_HALL);
    assertThat(c.classes()).containsExactly(CheckClass.ALTERED, CheckClass.MISATTRIBUTED,
        CheckClass.OUT_OF_CONTEXT_RISK);
    assertThat(c.differences()).extracting(Difference::kind).containsExactly(
        Difference.Kind.ELISION, Difference.Kind.INSERTION, Difference.Kind.ADDED);
    assertThat(c.risks()).extracting(ContextRisk::where)
        .containsExactly(ContextRisk.Where.LEFT_OUT);
  }
}
