package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SourceIndexTest {
  static final String ART_A = "\u201CWe will finish the bridge by the end of this year,\u201D "
      + "Navarro said.";
  static final String ART_B = "\u201CThe bridge is a waste of money,\u201D Hale said.";

  @Test
  void aSharedIndexGivesTheSameReportsOnAnyThread() throws Exception {
    QuoteChecker checker = QuoteChecker.builder().build();
    SourceIndex index = SourceIndex.of(List.of(QuoteCheckerTest.TOWN_HALL));
    assertThat(index.sources()).containsExactly(QuoteCheckerTest.TOWN_HALL);
    assertThat(index.words()).isEqualTo(84); // the spoken words, labels left out
    CheckReport a = checker.check(ART_A, List.of(QuoteCheckerTest.TOWN_HALL));
    CheckReport b = checker.check(ART_B, List.of(QuoteCheckerTest.TOWN_HALL));
    assertThat(a.checks().get(0).match()).isEqualTo(CheckClass.ALTERED);
    assertThat(b.checks().get(0).classes())
        .containsExactly(CheckClass.VERBATIM, CheckClass.OUT_OF_CONTEXT_RISK);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CheckReport>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String art = i % 2 == 0 ? ART_A : ART_B;
        runs.add(pool.submit(() -> checker.check(art, index)));
      }
      for (int i = 0; i < runs.size(); i++) {
        assertThat(runs.get(i).get()).isEqualTo(i % 2 == 0 ? a : b);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
