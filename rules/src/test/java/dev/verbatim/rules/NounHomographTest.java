package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.NEWS;
import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** {@link NounHomograph}: {@code state} and {@code states} are cues only where they read as verbs. */
class NounHomographTest {

  @Test
  void beforeThatItIsACue() {
    String text = "The charter states that the board must meet twice a year.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("states");
    assertThat(q.speaker().mention().text()).isEqualTo("The charter");
    assertThat(q.spans().get(0).start()).isEqualTo(19);
    assertThat(q.spans().get(0).end()).isEqualTo(56);
  }

  @Test
  void afterASubjectPronounItIsACue() {
    String text = "They state their aim is a fair count.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("state");
    assertThat(q.spans().get(0).start()).isEqualTo(11);
    assertThat(q.spans().get(0).end()).isEqualTo(36);
  }

  @Test
  void asANounItIsNoCue() {
    assertThat(NEWS.attribute("Ruiz won easily in her home state of Ohio.").quotes()).isEmpty();
    assertThat(NEWS.attribute("Turnout rose in the swing states that vote early.").quotes()).isEmpty();
    assertThat(NEWS.attribute("The battleground states saw record turnout.").quotes()).isEmpty();
  }

  @Test
  void aStateTitleBeforeANameLeavesTheRealCue() {
    String text = "“We will not wait,” state Sen. Ana Ruiz said on Monday.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(q.spans().get(0).start()).isEqualTo(0);
    assertThat(q.spans().get(0).end()).isEqualTo(19);
  }
}
