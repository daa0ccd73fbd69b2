package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.LexiconName;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaking-noun lexicons decide who can be the subject of a risky cue; they are data. */
class AnimacyTest {
  private static final String TIMING = "The timing indicates that the two firms were talking.";

  @Test
  void aThingBeforeARiskyCueIsNoSpeaker() {
    AttributionResult r = QuoteAttributor.builder().build().attribute(TIMING);
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void extendingTheSpeakingNounsMakesTheNounASpeaker() {
    AttributionResult r = QuoteAttributor.builder()
        .extendLexicon(LexiconName.SPEAKING_NOUNS, List.of("timing")).build().attribute(TIMING);
    assertThat(r.quotes()).hasSize(1);
    Quote q = r.quotes().get(0);
    assertThat(q.spans().get(0).text()).isEqualTo("that the two firms were talking");
    assertThat(q.spans().get(0).start()).isEqualTo(TIMING.indexOf("that"));
    assertThat(q.speaker().text()).isEqualTo("The timing");
  }

  @Test
  void replacingTheDocumentHeadsTakesTheReportOffTheSpeakers() {
    String text = "The audit showed that the fund had lost money.";
    assertThat(QuoteAttributor.builder().build().attribute(text).quotes()).hasSize(1);
    AttributionResult r = QuoteAttributor.builder()
        .lexicon(LexiconName.DOCUMENT_HEADS, List.of("poll")).build().attribute(text);
    assertThat(r.quotes()).isEmpty();
  }

  @Test
  void theAnonymousHeadsLexiconMakesAnUnnamedSource() {
    String text = "A witness said the van drove off at speed.";
    AttributionResult r = QuoteAttributor.builder().build().attribute(text);
    assertThat(r.entities()).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(dev.verbatim.EntityType.ANONYMOUS));
    AttributionResult without = QuoteAttributor.builder()
        .lexicon(LexiconName.ANONYMOUS_HEADS, List.of("source")).build().attribute(text);
    assertThat(without.entities()).singleElement()
        .satisfies(e -> assertThat(e.type()).isNotEqualTo(dev.verbatim.EntityType.ANONYMOUS));
  }
}
