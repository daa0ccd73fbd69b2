package dev.verbatim.benchmarks;

import dev.verbatim.QuoteAttributor;
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
 * One {@code attribute} call on a single document of 1 KB to 10 MB (generated articles joined end to
 * end). The per-character cost must stay flat: the CPU time per character ({@code :cpuNanos} over
 * {@code :cpuChars}) at 10 MB should be within 1.3x of that at 5 KB.
 *
 * <p>Each fork first attributes 60 M characters of 5 KB articles, as a long-running service has before
 * a large document arrives: without it, the 10 MB fork makes only a handful of calls in its warm-up
 * and times code the JIT has not finished compiling, which no service ever runs. 10 M characters
 * were not enough: run by hand (5 KB articles, then four 10 MB calls, repeated), the 10 MB calls
 * cost 1.3-1.8x the 5 KB CPU per character in the first round and 0.97-1.04x from the third.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class ScalingBenchmark {
  @Param({"1000", "5000", "100000", "1000000", "10000000"})
  public int size;

  private QuoteAttributor engine;
  private String text;

  @Setup
  public void setUp() {
    engine = QuoteAttributor.builder().build();
    String article = Corpus.concatenated(5000).text();
    int sink = 0;
    for (long warmed = 0; warmed < 60_000_000L; warmed += article.length()) {
      sink += engine.attribute(article).quotes().size();
    }
    if (sink == 0) {
      throw new IllegalStateException("the warm-up article gave no quotes");
    }
    Corpus.Doc doc = Corpus.concatenated(size);
    Checks.verify(engine, Corpus.of("size " + size, doc));
    text = doc.text();
  }

  @Benchmark
  public void attribute(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    bh.consume(engine.attribute(text).quotes().size());
    counter.chars += text.length();
    cpu.add(text.length(), cpuStart);
  }
}
