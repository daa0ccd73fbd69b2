package dev.verbatim.rules;

import static dev.verbatim.rules.RuleTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Quote;
import org.junit.jupiter.api.Test;

/** News reporting frames read since issue 12's second recall round, with exact offsets. */
class NewsRecallFramesTest {

  @Test
  void aQuotedTitleInTheOpenerIsNoPartOfTheReportAfterTheCue() {
    String text = "On the network’s “Morning Hour,” Holt said the plan was dead.";
    Quote q = only(text);
    assertThat(q.cue().start()).isEqualTo(text.indexOf("said"));
    assertThat(q.speaker().start()).isEqualTo(text.indexOf("Holt"));
    assertThat(q.speaker().end()).isEqualTo(text.indexOf("Holt") + 4);
    assertThat(q.spans()).hasSize(1);
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("the plan"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aQuotedTitleBeforeTheSubjectLeavesTheThatClauseToTheCue() {
    String text = "Speaking Sunday on the network’s “Morning Hour,” Holt admitted that the name in his "
        + "book was wrong.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("admitted");
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("that the name"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aQuotedFragmentThatEndsItsClauseIsStillMixed() {
    String text = "The plan “cannot work,” Ruiz said.";
    Quote q = only(text);
    assertThat(q.kind().name()).isEqualTo("MIXED");
    assertThat(q.spans().get(0).start()).isZero();
    assertThat(q.spans().get(0).end()).isEqualTo(text.indexOf(" Ruiz"));
  }

  @Test
  void aRolePhraseEndsAtItsVerbEvenBeforeAnotherRoleNoun() {
    String text = "The mayor met survivors on Thursday and said the city must act to control fires.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isEqualTo(text.indexOf("The mayor"));
    assertThat(q.speaker().end()).isEqualTo(text.indexOf(" met"));
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("the city"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aParticipleAfterAClosingQuoteIsTheSubjectsReport() {
    String text = "Holt insisted that he has “grown the party,” claiming that he is the reason turnout "
        + "rose.";
    Quote q = RuleTestSupport.NEWS.attribute(text).quotes().stream()
        .filter(x -> x.cue().text().equals("claiming")).findFirst().orElseThrow();
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(4);
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("that he is"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aSourceThatEndsTheSentenceAfterAccordingToIsNamedWithItsWholePhrase() {
    String text = "Turnout fell by a third since the last election, according to early returns.";
    Quote q = only(text);
    assertThat(q.cue().text()).isEqualTo("according to");
    assertThat(q.speaker().start()).isEqualTo(text.indexOf("early"));
    assertThat(q.speaker().end()).isEqualTo(text.length() - 1);
    assertThat(q.spans().get(0).start()).isZero();
    assertThat(q.spans().get(0).end()).isEqualTo(text.indexOf(", according"));
  }

  @Test
  void aNameWithItsPartyInParenthesesKeepsAnAsideAfterIt() {
    String text = "Sen. Dana Holt (D-Ohio), chair of the committee, said that it was committed to the "
        + "process.";
    Quote q = only(text);
    assertThat(q.speaker().start()).isZero();
    assertThat(q.speaker().end()).isEqualTo(text.indexOf(" ("));
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("that it"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.length() - 1);
  }

  @Test
  void aPassiveQuestionReportsTheAskerAfterBy() {
    String text = "Asked by a reporter whether the plan was dead, Holt said, “Not yet.”";
    Quote q = RuleTestSupport.NEWS.attribute(text).quotes().stream()
        .filter(x -> x.cue().text().equals("Asked")).findFirst().orElseThrow();
    assertThat(q.speaker().start()).isEqualTo(text.indexOf("a reporter"));
    assertThat(q.speaker().end()).isEqualTo(text.indexOf(" whether"));
    assertThat(q.spans().get(0).start()).isEqualTo(text.indexOf("whether"));
    assertThat(q.spans().get(0).end()).isEqualTo(text.indexOf(", Holt"));
  }

  @Test
  void anAskedByWithoutAQuestionReportsNothing() {
    assertThat(RuleTestSupport.NEWS.attribute("Holt was asked by the board to the dinner.").quotes())
        .isEmpty();
  }
}
