package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reporting frames that {@link DocumentSubject}, {@link FiniteClause} and the short-lead branch
 * of {@link FrontedClauseRule} read, seen through the public API with exact offsets.
 */
class RecallFramesTest {
  private final QuoteAttributor attributor = RuleTestSupport.NEWS;

  @Test
  void aBarePluralDocumentOpeningTheSentenceSpeaks() {
    String text = "Polls show that most voters back the plan.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(5);
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("that"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aDocumentAfterAConjunctionKeepsItsModifiers() {
    String text = "The firm denied it. But public records show the firm paid no rent.";
    AttributionResult r = attributor.attribute(text);
    Quote q = r.quotes().stream().filter(x -> x.cue().text().equals("show")).findFirst().orElseThrow();
    assertThat(q.speaker().mention().text()).isEqualTo("public records");
    assertThat(q.speaker().start()).isEqualTo(text.indexOf("public"));
    assertThat(q.spans().get(0).text()).isEqualTo("the firm paid no rent");
  }

  @Test
  void aNamedPollIsOneSpeakerNamedWithoutItsArticle() {
    String text = "A Larkin College poll found that most voters want the bridge rebuilt.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(1);
    assertThat(r.quotes().get(0).speaker().mention().text()).isEqualTo("A Larkin College poll");
    assertThat(r.speakerOf(r.quotes().get(0)).name()).isEqualTo("Larkin College poll");
  }

  @Test
  void aDocumentThatIsAnObjectIsNoSpeaker() {
    assertThat(attributor.attribute("Mia Cole spoke. He ignored polls suggesting a loss.").quotes())
        .isEmpty();
  }

  @Test
  void aRiskyVerbTakesAClauseWhoseSubjectIsNoSpeakerPhrase() {
    String text = "Nadia Petrov chairs the board. She thinks closing the depot would hurt the town.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("thinks");
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("closing"));
    assertThat(q.spans().get(0).text()).isEqualTo("closing the depot would hurt the town");
  }

  @Test
  void aRiskyVerbTakesAContractedSubjectAndVerb() {
    String text = "Tom Reyes runs the depot. He believes it’s too late to save the old line.";
    Quote q = only(text);
    assertThat(q.spans().get(0).start()).isEqualTo(38);
    assertThat(q.spans().get(0).end()).isEqualTo(72);
  }

  @ParameterizedTest
  @ValueSource(strings = {"They believe in the plan.", "She thinks about the plan often.",
      "She thinks, which is rare."})
  void aRiskyVerbWithoutAClauseReportsNothing(String sentence) {
    assertThat(attributor.attribute("Mia Cole spoke. " + sentence).quotes()).isEmpty();
  }

  @Test
  void aShortLeadBeforeTheFrameIsTheFirstPieceOfTheReport() {
    String text = "Omar Haddad ran the mill. At the time, he said, the mill was losing money.";
    Quote q = only(text);
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).start()).isEqualTo(26);
    assertThat(q.spans().get(0).text()).isEqualTo("At the time");
    assertThat(q.spans().get(1).start()).isEqualTo(text.indexOf("the mill was"));
    assertThat(q.spans().get(1).text()).isEqualTo("the mill was losing money");
    assertThat(q.speaker().mention().text()).isEqualTo("he");
  }

  @Test
  void aShortLeadBeforeARelativeClauseIsNoReport() {
    String text = "Omar Haddad ran the mill. In 2009, he decided to sell the truck, which was old.";
    assertThat(attributor.attribute(text).quotes()).isEmpty();
  }

  @Test
  void aCueWithThatAfterAClosingQuoteOpensItsOwnReport() {
    String text = "Lena Marsh spoke first. “We are ready.” She added that the repairs would take a week.";
    AttributionResult r = attributor.attribute(text);
    Quote added = r.quotes().stream().filter(x -> x.cue() != null && x.cue().text().equals("added"))
        .findFirst().orElseThrow();
    assertThat(added.spans().get(0).text()).isEqualTo("that the repairs would take a week");
    assertThat(r.quotes().stream().filter(x -> x.text().equals("“We are ready.”"))
        .allMatch(x -> x.cue() == null)).isTrue();
  }
}
