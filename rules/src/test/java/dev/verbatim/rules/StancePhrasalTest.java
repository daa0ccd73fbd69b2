package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stance verbs with a preposition ({@code referring to}, {@code talked about}, {@code calling for}):
 * their object is what is reported, as a participle, in the progressive and in the simple past.
 */
class StancePhrasalTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  private List<Quote> indirect(String text) {
    AttributionResult r = attributor.attribute(text);
    return r.quotes().stream().filter(q -> q.kind() != dev.verbatim.QuoteKind.DIRECT).toList();
  }

  @Test
  void aPhrasalParticipleIsAGerund() {
    Lexicons lex = Lexicons.load(java.util.Map.of(), java.util.Map.of());
    assertThat(lex.phrasalInfo.get("referring to").gerund()).isTrue();
    assertThat(lex.phrasalInfo.get("referred to").gerund()).isFalse();
    assertThat(lex.phrasalInfo.get("calling for").gerund()).isTrue();
  }

  @Test
  void aParticipleAfterAQuoteTakesTheTagsSpeakerAndItsObject() {
    String text = "“We need the pier,” Ruiz said, referring to the harbour wall.";
    List<Quote> q = indirect(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).cue().text()).isEqualTo("referring to");
    assertThat(q.get(0).spans().get(0).start()).isEqualTo(44);
    assertThat(q.get(0).spans().get(0).end()).isEqualTo(60);
    assertThat(q.get(0).speaker().start()).isEqualTo(20);
    assertThat(q.get(0).speaker().end()).isEqualTo(24);
  }

  @Test
  void theProgressiveSpeaksThroughItsSubject() {
    String text = "The dock workers are still calling for a shorter week.";
    List<Quote> q = indirect(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).cue().text()).isEqualTo("calling for");
    assertThat(q.get(0).speaker().mention().text()).isEqualTo("The dock workers");
    assertThat(q.get(0).spans().get(0).start()).isEqualTo(39);
    assertThat(q.get(0).spans().get(0).end()).isEqualTo(53);
  }

  @Test
  void aProgressiveThatIsNoCueReportsNothing() {
    assertThat(attributor.attribute("The river was rising fast by noon.").quotes()).isEmpty();
  }

  @Test
  void aPhrasalGerundOpeningTheTextHasNoTokenBeforeIt() {
    String text = "Railing against the tax, Ruiz left.";
    assertThat(attributor.attribute(text).quotes()).isEmpty();
  }

  @Test
  void theSimplePastTakesItsObject() {
    String text = "Omar Haddad talked about the flood defences.";
    List<Quote> q = indirect(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).spans().get(0).start()).isEqualTo(25);
    assertThat(q.get(0).spans().get(0).end()).isEqualTo(43);
    assertThat(q.get(0).speaker().start()).isZero();
    assertThat(q.get(0).speaker().end()).isEqualTo(11);
  }
}
