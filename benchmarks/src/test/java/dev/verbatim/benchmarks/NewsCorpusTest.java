package dev.verbatim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.QuoteAttributor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsCorpusTest {
  private static final String DIR = "/dev/verbatim/benchmarks/news/";

  @Test
  void committedCorpusIsWhatTheGeneratorWrites() throws IOException {
    List<NewsCorpus.Article> articles = NewsCorpus.standard();
    ObjectMapper json = new ObjectMapper();
    String[] gold = resource("news-gold.jsonl").split("\n");
    assertThat(gold).hasSize(NewsCorpus.ARTICLES);
    for (int i = 0; i < articles.size(); i++) {
      NewsCorpus.Article a = articles.get(i);
      assertThat(resource(a.id() + ".txt")).as(a.id()).isEqualTo(a.text());
      assertThat(gold[i]).as(a.id()).isEqualTo(NewsCorpus.goldLine(json, a));
    }
  }

  @Test
  void sameSeedSameCorpus() {
    assertThat(NewsCorpus.generate(7, 3).get(2).text())
        .isEqualTo(NewsCorpus.generate(7, 3).get(2).text())
        .isNotEqualTo(NewsCorpus.generate(8, 3).get(2).text());
  }

  @Test
  void goldOffsetsPointAtQuotesCuesAndSources() {
    int direct = 0;
    for (NewsCorpus.Article a : NewsCorpus.standard()) {
      String t = a.text();
      for (GoldText.Relation r : a.relations()) {
        String cue = t.substring(r.cue()[0], r.cue()[1]);
        assertThat(cue).matches("[A-Za-z ]+");
        assertThat(t.substring(r.source()[0], r.source()[1])).matches("[A-Za-z.'& ]+");
        if (r.form().equals("direct")) {
          direct++;
          for (int[] c : r.content()) {
            assertThat(t.charAt(c[0])).isIn('"', '\u201C');
          }
          int[] last = r.content().get(r.content().size() - 1);
          assertThat(t.charAt(last[1] - 1)).isIn('"', '\u201D');
        }
      }
    }
    assertThat(direct).isGreaterThan(200);
  }

  @Test
  void concatenatedDocumentsAreCutAtAParagraphBreak() {
    Corpus.Doc doc = Corpus.concatenated(100_000);
    assertThat(doc.text().length()).isBetween(90_000, 100_000);
    assertThat(doc.text()).isEqualTo(doc.text().strip());
    assertThat(doc.direct()).hasSizeGreaterThan(100);
  }

  @Test
  void checksPassARealEngineAndFailWhenGoldIsMissed() {
    QuoteAttributor engine = QuoteAttributor.builder().build();
    Corpus corpus = Corpus.load("generated");
    assertThat(Checks.verify(engine, corpus)).isGreaterThan(200);

    Corpus.Doc real = corpus.docs.get(0);
    int[][] nowhere = {{0, 10}}; // the headline holds no quote
    Corpus.Doc wrong = new Corpus.Doc("wrong", real.text(), List.of(nowhere, nowhere), 2);
    assertThatThrownBy(() -> Checks.verify(engine, Corpus.of("wrong", wrong)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("matched only 0 of 2");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NewsCorpusTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
