package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled sample pair, whose check output the README shows: this keeps the two in step. */
class SampleTest {
  @Test
  void sampleArticleAgainstSampleTranscript() throws Exception {
    Path samples = Path.of("..", "samples");
    String article = Files.readString(samples.resolve("article.txt"));
    SourceText transcript = SourceText.read(samples.resolve("transcript.txt"));
    CheckReport r = QuoteChecker.builder().build().check(article, List.of(transcript));
    assertThat(TextReport.summary(r)).isEqualTo("6 quotes checked against 1 source: 5 VERBATIM, "
        + "1 ALTERED, 1 MISATTRIBUTED, 1 OUT_OF_CONTEXT_RISK");
    assertThat(r.checks().get(0).differences()).extracting(d -> d.source().text() + "->"
        + d.article().text()).containsExactly("can't->cannot", "each->every");
  }
}
