package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import org.junit.jupiter.api.Test;

/** Subjects that {@link GroupSubject} reads: bare plurals of bodies, shares and quantifiers. */
class GroupSubjectTest {
  private final QuoteAttributor attributor = RuleTestSupport.NEWS;

  @Test
  void aBarePluralOfAnOrganisationHeadSpeaks() {
    String text = "Farm groups say the new rules are unfair to small growers.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(11);
    assertThat(q.spans().get(0).start()).isEqualTo(16);
    assertThat(q.spans().get(0).end()).isEqualTo(57);
  }

  @Test
  void aCapitalisedPluralOpeningTheSentenceSpeaks() {
    String text = "Banks say that raising the fee would only hurt savers.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).isEqualTo("Banks");
    assertThat(q.spans().get(0).start()).isEqualTo(10);
    assertThat(q.spans().get(0).end()).isEqualTo(53);
  }

  @Test
  void aQuantifierAloneSpeaks() {
    String text = "Some say the mayor is too cautious on crime.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(4);
    assertThat(q.spans().get(0).start()).isEqualTo(9);
    assertThat(q.spans().get(0).end()).isEqualTo(43);
  }

  @Test
  void singularQuantifiersTakeSingularVerbs() {
    String text = "One says the bridge is safe, while another says it is not.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.quotes()).hasSize(2);
    assertThat(r.quotes().get(0).speaker().mention().text()).isEqualTo("One");
    assertThat(r.quotes().get(0).spans().get(0).start()).isEqualTo(9);
    assertThat(r.quotes().get(0).spans().get(0).end()).isEqualTo(27);
    assertThat(r.quotes().get(1).speaker().start()).isEqualTo(35);
    assertThat(r.quotes().get(1).speaker().end()).isEqualTo(42);
    assertThat(r.quotes().get(1).spans().get(0).text()).isEqualTo("it is not");
  }

  @Test
  void aShareWithASpelledOutNumberSpeaks() {
    String text = "In the latest count, thirty percent said the tax was the main reason.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isEqualTo(21);
    assertThat(q.speaker().end()).isEqualTo(35);
    assertThat(q.spans().get(0).start()).isEqualTo(41);
  }

  @Test
  void aShareTakesEitherNumber() {
    String text = "A mere 9 percent say they buy only local food.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).endsWith("9 percent");
    assertThat(q.spans().get(0).text()).isEqualTo("they buy only local food");
  }

  @Test
  void thoseSurveyedSpeak() {
    String text = "By a wide margin, those surveyed say the park should stay open.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isEqualTo(18);
    assertThat(q.speaker().end()).isEqualTo(32);
    assertThat(q.spans().get(0).start()).isEqualTo(37);
    assertThat(q.spans().get(0).end()).isEqualTo(62);
  }

  @Test
  void aPluralObjectIsNoSpeaker() {
    String text = "The mayor met local unions and said the deal was fair.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(q.speaker().mention().text()).isEqualTo("The mayor");
  }

  @Test
  void aVerbThatDoesNotAgreeMakesNoGroup() {
    assertThat(attributor.attribute("Some says the plan is bad.").quotes()).isEmpty();
  }

  @Test
  void aBareDocumentClosingTheSentenceSpeaks() {
    String text = "The firm paid no rent for six years, county records show.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isEqualTo(37);
    assertThat(q.speaker().end()).isEqualTo(51);
    assertThat(q.spans().get(0).start()).isZero();
    assertThat(q.spans().get(0).end()).isEqualTo(35);
  }

  @Test
  void aBareDocumentInterruptingTheSentenceSplitsTheReport() {
    String text = "The mayor, records show, did not attend the hearing.";
    Quote q = only(text);
    assertThat(q.speaker().mention().text()).isEqualTo("records");
    assertThat(q.spans()).hasSize(2);
    assertThat(q.spans().get(0).end()).isEqualTo(9);
    assertThat(q.spans().get(1).start()).isEqualTo(25);
    assertThat(q.spans().get(1).end()).isEqualTo(51);
  }

  @Test
  void aBareGroupClosingTheSentenceSpeaks() {
    String text = "The depot will close, dock unions say.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isEqualTo(22);
    assertThat(q.speaker().end()).isEqualTo(33);
    assertThat(q.spans().get(0).text()).isEqualTo("The depot will close");
  }
}
