package dev.verbatim.benchmarks;

import dev.verbatim.Genre;
import dev.verbatim.QuoteAttributor;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A 1 MB invented novel read with {@code Genre.FICTION} against one generated news article of about
 * 5 KB read with the default genre. A novel must cost per character within 1.5x what an article
 * does: compare {@code :chars} (characters per second) of {@code text=novel} and {@code text=article}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class NovelBenchmark {
  @Param({"article", "novel"})
  public String text;

  private QuoteAttributor engine;
  private String input;

  @Setup
  public void setUp() {
    if (text.equals("novel")) {
      engine = QuoteAttributor.builder().genre(Genre.FICTION).build();
      input = new NovelWriter(new Random(7)).write(1_000_000);
    } else {
      engine = QuoteAttributor.builder().build();
      input = Corpus.concatenated(5000).text();
    }
    if (engine.attribute(input).quotes().isEmpty()) {
      throw new IllegalStateException("no quotes found in the " + text);
    }
    // Both forks first attribute 60 M chars of their own text, so that neither times code C2 has
    // not finished compiling (the novel fork would otherwise make only a few dozen calls).
    int sink = 0;
    for (long warmed = 0; warmed < 60_000_000L; warmed += input.length()) {
      sink += engine.attribute(input).quotes().size();
    }
    if (sink == 0) {
      throw new IllegalStateException("the warm-up gave no quotes");
    }
  }

  @Benchmark
  public void attribute(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    bh.consume(engine.attribute(input).quotes().size());
    counter.chars += input.length();
    cpu.add(input.length(), cpuStart);
  }
}
