package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.verbatim.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole runs: the engine with the English rules finds quotes and speakers, then the check runs. */
class EndToEndTest {
  static final String ARTICLE = "Sen. Elena Navarro promised on Tuesday that the bridge would "
      + "open soon. \u201CWe will finish the bridge by the end of next year,\u201D Navarro said at a "
      + "town hall in Millbrook.\n\n"
      + "Navarro said critics who called the plan \u201Cdead\u201D were \u201Cflat wrong about the "
      + "money.\u201D\n\n"
      + "Tom Hale, a county commissioner, was less sure. \u201CIt is the best project this county "
      + "has seen in a decade,\u201D Navarro said.\n";

  @Test
  void engineSpeakersDriveMisattributionAndMixedFragmentsAreCheckedOneByOne() {
    CheckReport r = QuoteChecker.builder().build().check(ARTICLE,
        List.of(QuoteCheckerTest.TOWN_HALL));
    assertThat(r.checks()).extracting(QuoteCheck::kind, c -> c.text(), QuoteCheck::speaker,
        QuoteCheck::classes).containsExactly(
        tuple(QuoteKind.DIRECT, "\u201CWe will finish the bridge by the end of next year,\u201D",
            "Elena Navarro", java.util.Set.of(CheckClass.VERBATIM)),
        tuple(QuoteKind.MIXED, "\u201Cdead\u201D", "Elena Navarro",
            java.util.Set.of(CheckClass.VERBATIM, CheckClass.OUT_OF_CONTEXT_RISK)),
        tuple(QuoteKind.MIXED, "\u201Cflat wrong about the money.\u201D", "Elena Navarro",
            java.util.Set.of(CheckClass.NOT_FOUND)),
        tuple(QuoteKind.DIRECT,
            "\u201CIt is the best project this county has seen in a decade,\u201D",
            "Elena Navarro", java.util.Set.of(CheckClass.VERBATIM, CheckClass.MISATTRIBUTED)));
    assertThat(r.checks().get(3).passages().get(0).speaker()).isEqualTo("HALE");
    assertThat(r.checks().get(1).passages().get(0).span())
        .isEqualTo(QuoteCheckerTest.in(QuoteCheckerTest.HALL, "dead"));
    assertThat(r.any(List.of(CheckClass.MISATTRIBUTED))).isTrue();
    assertThat(r.count(CheckClass.VERBATIM)).isEqualTo(3);
  }

  @Test
  void quoteSplitAcrossTwoSourcesReportsBothPassages() {
    String release = "The county will add a second lane for buses, the statement said.";
    String hall = "MODERATOR: When does work begin?\nHALE: Construction starts in April.\n";
    String art = "\u201CThe county will add a second lane for buses. Construction starts in "
        + "April,\u201D Hale said.";
    CheckReport r = QuoteChecker.builder().build().check(art, List.of(
        SourceText.parse("release.txt", release), SourceText.parse("hall.txt", hall)));
    QuoteCheck c = r.checks().get(0);
    assertThat(c.classes()).containsExactly(CheckClass.VERBATIM);
    assertThat(c.passages()).extracting(Passage::sourceName, p -> p.span().text(),
        Passage::speaker).containsExactly(
        tuple("release.txt", "The county will add a second lane for buses", null),
        tuple("hall.txt", "Construction starts in April", "HALE"));
    assertThat(c.passages()).extracting(p -> p.article().get(0).text()).containsExactly(
        "The county will add a second lane for buses", "Construction starts in April");
  }

  @Test
  void subtitleVoicesAndTimingsCarryThrough() {
    String vtt = "WEBVTT\n\n1\n00:00:10.000 --> 00:00:12.000\n<v Tom Hale>I would never say"
        + "\n\n2\n00:00:12.000 --> 00:00:15.500\n<v Tom Hale>that the county is broke.\n\n"
        + "3\n00:00:16.000 --> 00:00:18.000\n<v Elena Navarro>The county is doing fine.\n";
    String srt = "1\n00:01:00,000 --> 00:01:02,000\nWe have money for the bridge.\n";
    String art = "\u201CThe county is broke,\u201D Navarro said on Monday.\n\nIn a radio "
        + "interview, Navarro also said: \u201CWe have money for the bridge.\u201D\n";
    CheckReport r = QuoteChecker.builder().build().check(art, List.of(
        SourceText.parse("hall.vtt", vtt), SourceText.parse("radio.srt", srt)));
    assertThat(r.checks()).hasSize(2);
    QuoteCheck broke = r.checks().get(0);
    assertThat(broke.classes()).containsExactly(CheckClass.VERBATIM, CheckClass.MISATTRIBUTED,
        CheckClass.OUT_OF_CONTEXT_RISK);
    assertThat(broke.passages().get(0).timing()).isEqualTo(new Timing(12_000, 15_500));
    assertThat(broke.passages().get(0).speaker()).isEqualTo("Tom Hale");
    assertThat(broke.risks()).extracting(c -> c.cue().text()).containsExactly("would never say");
    QuoteCheck money = r.checks().get(1);
    assertThat(money.classes()).containsExactly(CheckClass.VERBATIM);
    assertThat(money.passages().get(0).timing()).isEqualTo(new Timing(60_000, 62_000));
  }
}
