package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scorer against hand-computed figures; every expected number is worked out in a comment. */
class ScorerTest {
  private static final String TEXT = "x".repeat(120);

  private static CpSpan s(int start, int end) {
    return new CpSpan(start, end);
  }

  private static GoldDocument.Relation rel(CpSpan content, List<CpSpan> source, String form,
      List<String> names) {
    return new GoldDocument.Relation(List.of(content), source, form, names);
  }

  private static Prediction pred(String kind, CpSpan span, List<CpSpan> who, String name) {
    return new Prediction(kind, List.of(span), who, name, "rule-" + kind);
  }

  // g0 direct [0,10) source [20,22); g1 indirect [30,50) no source; g2 mixed [60,80) source [55,58)
  // and the name "Ana Ruiz".
  private static final GoldDocument DOC = new GoldDocument("doc", TEXT, List.of(
      rel(s(0, 10), List.of(s(20, 22)), "direct", null),
      rel(s(30, 50), List.of(), "indirect", null),
      rel(s(60, 80), List.of(s(55, 58)), "mixed", List.of("Ana Ruiz"))));

  // p0 = g0 exactly, speaker overlaps the source; p1 [30,45) vs g1: 15/20 = 0.75; p2 [62,80) vs g2:
  // 18/20 = 0.9, mention misses the source but the name matches once normalised; p3 matches nothing;
  // p4 is non-speech (never scored); p5 [65,70) lies inside the mixed g2 (Jaccard 5/20, no match).
  private static final List<Prediction> PREDS = List.of(
      pred("direct", s(0, 10), List.of(s(19, 21)), "someone"),
      pred("indirect", s(30, 45), List.of(), null),
      pred("mixed", s(62, 80), List.of(s(0, 5)), "  The Ana\u00a0  RUIZ "),
      pred("direct", s(85, 95), List.of(), null),
      pred("non-speech", s(0, 10), List.of(), null),
      pred("direct", s(65, 70), List.of(), null));

  @Test
  void allRowCountsEveryFormAndEverySpeechKind() {
    RowScore r = Scorer.score(List.of(DOC), Map.of("doc", PREDS), Scorer.SPEECH_KINDS,
        Scorer.SPEECH_KINDS).score();
    // 3 gold, 5 speech predictions, nothing ignored (no other forms); g0 and g2 have a source;
    // 3 matched, 2 of them with a source, 1 speaker right (p0); g2 is named and p2's name is right.
    assertThat(r).isEqualTo(new RowScore(3, 5, 0, 2, 3, 2, 1, 1, 1));
    assertThat(r.detectP()).isEqualTo(0.6); // 3/5
    assertThat(r.detectR()).isEqualTo(1.0); // 3/3
    assertThat(r.detectF1()).isCloseTo(0.75, within(1e-12)); // 2*0.6*1/1.6
    assertThat(r.speakerAcc()).isEqualTo(0.5); // 1/2
    assertThat(r.e2eP()).isEqualTo(0.2); // 1/5
    assertThat(r.e2eR()).isEqualTo(0.5); // 1/2
    assertThat(r.e2eF1()).isCloseTo(2 * 0.2 * 0.5 / 0.7, within(1e-12));
    assertThat(r.nameAcc()).isEqualTo(1.0);
  }

  @Test
  void directRowIgnoresAnUnmatchedPredictionInsideAnotherForm() {
    Scorer.Row row = Scorer.score(List.of(DOC), Map.of("doc", PREDS), Set.of("direct"),
        Set.of("direct"));
    // golds: g0 only; direct predictions p0, p3, p5; p5 lies inside mixed g2, so it is ignored.
    assertThat(row.score()).isEqualTo(new RowScore(1, 2, 1, 1, 1, 1, 1, 0, 0));
    assertThat(row.score().detectP()).isEqualTo(0.5);
    assertThat(row.score().detectF1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(row.score().nameAcc()).isNull();
    assertThat(row.score().toMap()).doesNotContainKey("tp_name").containsEntry("ignored", 1);
    assertThat(row.docs().get(0).ignored()).containsExactly(false, false, true);
  }

  @Test
  void equalOverlapsGoToTheHigherGoldIndexThenTheHigherPrediction() {
    // pred [1,11) against g0 [0,10) and g1 [2,12): 9/11 each; the reference takes g1.
    GoldDocument d = new GoldDocument("d", TEXT, List.of(
        rel(s(0, 10), List.of(), "direct", null), rel(s(2, 12), List.of(), "direct", null)));
    Scorer.Row row = Scorer.score(List.of(d),
        Map.of("d", List.of(pred("direct", s(1, 11), List.of(), null))), Set.of("direct"),
        Set.of("direct"));
    assertThat(row.docs().get(0).goldMatch()).containsExactly(-1, 0);
    // two predictions tie on one gold: the later prediction wins.
    GoldDocument one = new GoldDocument("e", TEXT, List.of(rel(s(2, 12), List.of(), "direct",
        null)));
    Scorer.Row row2 = Scorer.score(List.of(one), Map.of("e", List.of(
        pred("direct", s(1, 11), List.of(), null), pred("direct", s(3, 13), List.of(), null))),
        Set.of("direct"), Set.of("direct"));
    assertThat(row2.docs().get(0).predMatch()).containsExactly(-1, 0);
  }

  @Test
  void jaccardOfExactlyOneHalfMatchesAndJustBelowDoesNot() {
    GoldDocument d = new GoldDocument("d", TEXT, List.of(rel(s(0, 10), List.of(), "direct", null)));
    RowScore half = Scorer.score(List.of(d), Map.of("d", List.of(pred("direct", s(0, 5),
        List.of(), null))), Set.of("direct"), Set.of("direct")).score(); // 5/10
    RowScore less = Scorer.score(List.of(d), Map.of("d", List.of(pred("direct", s(0, 4),
        List.of(), null))), Set.of("direct"), Set.of("direct")).score(); // 4/10
    assertThat(half.tp()).isEqualTo(1);
    assertThat(less.tp()).isZero();
  }

  @Test
  void floatingQuoteWithoutSourceIsJudgedByName() {
    GoldDocument d = new GoldDocument("d", TEXT, List.of(
        rel(s(0, 10), List.of(), "direct", List.of("Ana Ruiz", "Mayor Ruiz"))));
    RowScore right = Scorer.score(List.of(d), Map.of("d", List.of(pred("direct", s(0, 10),
        List.of(s(50, 53)), "mayor ruiz"))), Set.of("direct"), Set.of("direct")).score();
    assertThat(right).isEqualTo(new RowScore(1, 1, 0, 1, 1, 1, 1, 1, 1));
    RowScore wrong = Scorer.score(List.of(d), Map.of("d", List.of(pred("direct", s(0, 10),
        List.of(), null))), Set.of("direct"), Set.of("direct")).score();
    assertThat(wrong).isEqualTo(new RowScore(1, 1, 0, 1, 1, 1, 0, 1, 0));
    assertThat(wrong.nameAcc()).isEqualTo(0.0);
  }

  @Test
  void documentsWithoutPredictionsCountAsMisses() {
    RowScore r = Scorer.score(List.of(DOC), Map.of(), Scorer.SPEECH_KINDS, Scorer.SPEECH_KINDS)
        .score();
    assertThat(r).isEqualTo(new RowScore(3, 0, 0, 2, 0, 0, 0, 0, 0));
    assertThat(r.line("all")).isEqualTo("all     gold     3 pred     0 | detect P 0.000 R 0.000 "
        + "F1 0.000 | speaker acc 0.000 | end-to-end P 0.000 R 0.000 F1 0.000");
  }

  @Test
  void figuresPrintLikePythonsFormat() {
    assertThat(RowScore.f3(0.0625)).isEqualTo("0.062"); // exact binary half: Python rounds to even
    assertThat(RowScore.f3(0.4375)).isEqualTo("0.438");
    assertThat(RowScore.f3(2.0 / 3)).isEqualTo("0.667");
    assertThat(RowScore.f3(1.0)).isEqualTo("1.000");
    // 16 predictions, 1 right, name acc 1/1: the line score.py would print.
    RowScore r = new RowScore(356, 16, 0, 354, 1, 1, 1, 1, 1);
    assertThat(r.line("direct")).isEqualTo("direct  gold   356 pred    16 | detect P 0.062 R 0.003 "
        + "F1 0.005 | speaker acc 1.000 | end-to-end P 0.062 R 0.003 F1 0.005 | name acc 1.000");
  }

  @Test
  void namesAreNormalisedLikeTheReference() {
    assertThat(Scorer.norm("  The   Ana\u00a0Ruiz\t")).isEqualTo("ana ruiz");
    assertThat(Scorer.norm("Theodore Ruiz")).isEqualTo("theodore ruiz");
    assertThat(Scorer.norm(null)).isEmpty();
  }

  @Test
  void predictionsConvertUtf16OffsetsToCodePointsAndCollectEntityMentions() {
    String text = "\uD83D\uDE00 \u201CGo,\u201D Ana said. Ana left.";
    Span quote = Span.of(text, 3, 8); // after the two-unit emoji and a space
    Span mention = Span.of(text, 9, 12);
    Span later = Span.of(text, 19, 22);
    AttributionResult r = new AttributionResult(text, List.of(new Quote(0, QuoteKind.DIRECT,
        List.of(quote), null, Span.of(text, 13, 17), new Speaker(mention, 0), 0.9, "r", false)),
        List.of(new Entity(0, "", EntityType.PERSON, List.of(mention, later))));
    Prediction p = Prediction.from(r).get(0);
    assertThat(p.spans()).containsExactly(s(2, 7));
    assertThat(p.who()).containsExactly(s(8, 11), s(8, 11), s(18, 21));
    assertThat(p.name()).isEqualTo("Ana"); // an empty entity name falls back to the mention
    assertThat(Prediction.utf16ToCodePoint("a\uD83D\uDE00b")).containsExactly(0, 1, 1, 2, 3);
  }

  @Test
  void speakerAccuracyIsSplitByTheGoldQuoteType() {
    // g0 Explicit and g1 Implicit are named; g2 Implicit has neither source nor names; g3 Anaphoric
    // is not matched; g4 has no type. Predictions: p0 = g0 right, p1 = g1 wrong, p2 = g2, p3 = g4.
    GoldDocument d = new GoldDocument("d", TEXT, List.of(
        new GoldDocument.Relation(List.of(s(0, 10)), List.of(), "direct", List.of("Ana"),
            "Explicit"),
        new GoldDocument.Relation(List.of(s(20, 30)), List.of(), "direct", List.of("Ben"),
            "Implicit"),
        new GoldDocument.Relation(List.of(s(40, 50)), List.of(), "direct", null, "Implicit"),
        new GoldDocument.Relation(List.of(s(60, 70)), List.of(), "direct", List.of("Ana"),
            "Anaphoric"),
        rel(s(80, 90), List.of(), "direct", List.of("Ben"))));
    Scorer.Row row = Scorer.score(List.of(d), Map.of("d", List.of(
        pred("direct", s(0, 10), List.of(), "Ana"), pred("direct", s(20, 30), List.of(), "Ana"),
        pred("direct", s(40, 50), List.of(), "Ana"), pred("direct", s(80, 90), List.of(), "Ben"))),
        Scorer.SPEECH_KINDS, Scorer.SPEECH_KINDS);
    assertThat(QuoteTypeBreakdown.of(row)).containsExactly(
        new QuoteTypeBreakdown.TypeFigures("Explicit", 1, 1),
        new QuoteTypeBreakdown.TypeFigures("Implicit", 1, 0));
    GoldDocument untyped = new GoldDocument("u", TEXT, List.of(
        rel(s(0, 10), List.of(), "direct", List.of("Ana"))));
    assertThat(QuoteTypeBreakdown.of(Scorer.score(List.of(untyped), Map.of("u", List.of(
        pred("direct", s(0, 10), List.of(), "Ana"))), Scorer.SPEECH_KINDS, Scorer.SPEECH_KINDS)))
        .isEmpty();
  }
}
