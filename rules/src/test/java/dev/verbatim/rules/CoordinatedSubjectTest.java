package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.NEWS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** A second verb of the sentence's subject, {@code X did this and said that}, past what stands between. */
class CoordinatedSubjectTest {

  private static Quote byCue(String text, String cue) {
    AttributionResult r = NEWS.attribute(text);
    return r.quotes().stream().filter(q -> q.cue() != null && q.cue().text().equals(cue))
        .findFirst().orElseThrow(() -> new AssertionError("no quote with cue " + cue + " in " + text));
  }

  @Test
  void aPhraseAfterTheSubjectIsSkipped() {
    String text = "A spokesman for the utility declined to comment but said the plant was safe.";
    Quote q = byCue(text, "said");
    assertThat(q.spans().get(0).start()).isEqualTo(57);
    assertThat(q.spans().get(0).end()).isEqualTo(75);
    assertThat(q.speaker().mention().start()).isEqualTo(0);
    assertThat(q.speaker().mention().text()).isEqualTo("A spokesman");
  }

  @Test
  void aTimePhraseAfterTheSubjectIsSkipped() {
    String text = "The harbor director on Thursday said the port was calm, and urged that everyone "
        + "stay home.";
    Quote q = byCue(text, "urged");
    assertThat(q.spans().get(0).text()).isEqualTo("that everyone stay home");
    assertThat(q.spans().get(0).start()).isEqualTo(66);
    assertThat(q.speaker().mention().text()).isEqualTo("The harbor director");
  }

  @Test
  void anOpeningAdverbAndItsCommaAreSkipped() {
    String text = "There, the county chairman declined to name the bidders but said one was a local firm.";
    Quote q = byCue(text, "said");
    assertThat(q.spans().get(0).start()).isEqualTo(65);
    assertThat(q.spans().get(0).text()).isEqualTo("one was a local firm");
    assertThat(q.speaker().mention().start()).isEqualTo(7);
    assertThat(q.speaker().mention().text()).isEqualTo("the county chairman");
  }

  @Test
  void aCopulaIsTheFirstVerb() {
    String text = "Gale Okafor is a Moss supporter but concedes that most of her friends back Harlow.";
    Quote q = byCue(text, "concedes");
    assertThat(q.spans().get(0).start()).isEqualTo(45);
    assertThat(q.spans().get(0).text()).isEqualTo("that most of her friends back Harlow");
    assertThat(q.speaker().mention().text()).isEqualTo("Gale Okafor");
  }

  @Test
  void aColonOrAnOpenRelativeClauseStartsAnotherSubject() {
    assertThat(NEWS.attribute("One rule is different: the senator who made enemies and bragged "
        + "about it left.").quotes()).isEmpty();
    AttributionResult r = NEWS.attribute("The mayor’s plan has won over Vera Lind, who came out "
        + "and endorsed it.");
    assertThat(r.quotes()).allSatisfy(q -> assertThat(q.speaker() == null
        || !q.speaker().mention().text().startsWith("The mayor")).isTrue());
  }
}
