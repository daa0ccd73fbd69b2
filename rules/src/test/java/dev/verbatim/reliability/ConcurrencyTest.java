package dev.verbatim.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared engine, eight threads: every result equals the one a single thread computes. */
class ConcurrencyTest {
  private static final int DOCUMENTS = 5_000;
  private static final int THREADS = 8;

  static List<String> documents() {
    Random r = new Random(0xC0FFEEL);
    List<String> docs = new ArrayList<>(DOCUMENTS);
    for (int i = 0; i < DOCUMENTS; i++) {
      String s = NewsText.news(r, 100 + r.nextInt(600));
      switch (i % 5) {
        case 1 -> s = NewsText.mutateMarks(r, s, r.nextDouble());
        case 2 -> s = NewsText.lineEndings(r, s);
        case 3 -> s = NewsText.sprinkle(r, s, NewsText.HOSTILE, 3 + r.nextInt(30));
        case 4 -> s = NewsText.anyUnicode(r, r.nextInt(500)) + s;
        default -> { }
      }
      docs.add(s);
    }
    return docs;
  }

  @Test
  void sharedEngineGivesTheSequentialResultsOnEightThreads() throws Exception {
    QuoteAttributor engine = QuoteAttributor.builder().reportNonSpeech(true).build();
    List<String> docs = documents();
    List<AttributionResult> sequential = new ArrayList<>(docs.size());
    for (String d : docs) {
      AttributionResult r = engine.attribute(d);
      ResultInvariants.check(d, r);
      sequential.add(r);
    }
    // The comparison means something only if the documents have quotes to get wrong.
    assertThat(sequential.stream().mapToInt(r -> r.quotes().size()).sum()).isGreaterThan(DOCUMENTS);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<AttributionResult>> futures = new ArrayList<>(docs.size());
      for (String d : docs) {
        futures.add(pool.submit(() -> engine.attribute(d)));
      }
      int mismatches = 0;
      for (int i = 0; i < docs.size(); i++) {
        if (!futures.get(i).get().equals(sequential.get(i))) {
          mismatches++;
        }
      }
      assertThat(mismatches).as("results that differ from the sequential run").isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
