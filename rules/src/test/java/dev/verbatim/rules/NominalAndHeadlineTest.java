package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link NominalCueRule} and {@link HeadlineRule} through the public API, with exact offsets. */
class NominalAndHeadlineTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  @Test
  void aPossessedClaimReportsItsThatClauseForThePossessor() {
    String text = "Dana Pruitt toured the plant. Critics laughed at her claim that the plant would reopen.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.rule()).isEqualTo(NominalCueRule.NAME);
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("that the plant"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
    assertThat(q.cue().text()).isEqualTo("claim");
    assertThat(q.speaker().mention().text()).isEqualTo("her");
    assertThat(r.speakerOf(q).name()).isEqualTo("Dana Pruitt");
  }

  @Test
  void aNamedPossessorsViewIsThatReports() {
    String text = "Omar Haddad chairs the board. Haddad’s view is that the port should pay.";
    Quote q = attributor.attribute(text).quotes().get(0);
    assertThat(q.speaker().mention().start()).isEqualTo(text.indexOf("Haddad’s"));
    assertThat(q.spans().get(0).text()).isEqualTo("that the port should pay");
  }

  @Test
  void theReportStopsAtACommaBeforeAnotherClause() {
    String text = "Ana Ruiz spoke. Critics doubted her claim that the plant would reopen, but she held firm.";
    Quote q = attributor.attribute(text).quotes().stream()
        .filter(x -> NominalCueRule.NAME.equals(x.rule())).findFirst().orElseThrow();
    assertThat(q.spans().get(0).text()).isEqualTo("that the plant would reopen");
  }

  @ParameterizedTest
  @ValueSource(strings = {"The claim that the plant would reopen was never tested.",
      "Her claim to the land was never tested.", "Ana Ruiz met her old claim adjuster."})
  void aNounWithoutPossessorOrThatClauseReportsNothing(String text) {
    assertThat(attributor.attribute(text).quotes()).isEmpty();
  }

  @Test
  void aHeadlineNameAndColonReportWhatFollows() {
    String text = "Delgado: County Cannot Afford Another Bridge\n\nThe board met on Tuesday.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.rule()).isEqualTo(HeadlineRule.NAME);
    assertThat(q.spans().get(0).start()).isEqualTo(9);
    assertThat(q.spans().get(0).end()).isEqualTo(44);
    assertThat(q.speaker().mention().text()).isEqualTo("Delgado");
  }

  @Test
  void aTitleCaseHeadlineWithACueVerbReports() {
    String text = "Mayor Ruiz Says Bridge Will Open in May\n\nThe board met on Tuesday.";
    Quote q = attributor.attribute(text).quotes().get(0);
    assertThat(q.cue().text()).isEqualTo("Says");
    assertThat(q.spans().get(0).text()).isEqualTo("Bridge Will Open in May");
    assertThat(q.speaker().mention().text()).isEqualTo("Mayor Ruiz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"The board met on Tuesday.\n\nDelgado: County Cannot Afford Another Bridge",
      "Delgado: 1,769.\n\nThe board met on Tuesday.",
      "Delgado: County Cannot Afford It. The board met on Tuesday to discuss it."})
  void aColonLineThatIsNoLoneHeadlineReportsNothing(String text) {
    assertThat(attributor.attribute(text).quotes()).noneMatch(q -> HeadlineRule.NAME.equals(q.rule()));
  }
}
