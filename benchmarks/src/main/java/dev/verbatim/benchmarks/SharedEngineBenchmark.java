package dev.verbatim.benchmarks;

import dev.verbatim.QuoteAttributor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One engine instance shared by 1 and by 2 threads over the generated corpus; {@code :chars} is the
 * total characters per second over all threads. The 2-thread figure should be at least 1.8x the
 * 1-thread one (on a 2-core machine that is otherwise idle).
 *
 * <p>The set-up runs the engine over 60 M chars on one thread first. Without it the 2-thread fork
 * measures while C2 is still compiling the rules: on 2 cores the compiler thread takes one of them,
 * and the pair got about 1.4 CPUs between them (0.89x of one thread on 2026-12-05).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SharedEngineBenchmark {
  private QuoteAttributor engine;
  private String[] texts;
  private long chars;

  @Setup
  public void setUp() {
    engine = QuoteAttributor.builder().build();
    Corpus c = Corpus.load("generated");
    Checks.verify(engine, c);
    texts = c.texts();
    chars = c.chars;
    int sink = 0;
    for (long warmed = 0; warmed < 60_000_000L; warmed += chars) {
      for (String t : texts) {
        sink += engine.attribute(t).quotes().size();
      }
    }
    if (sink == 0) {
      throw new IllegalStateException("the warm-up corpus gave no quotes");
    }
  }

  @Benchmark
  @Threads(1)
  public void oneThread(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    run(counter, cpu, bh);
  }

  @Benchmark
  @Threads(2)
  public void twoThreads(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    run(counter, cpu, bh);
  }

  private void run(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    for (String t : texts) {
      bh.consume(engine.attribute(t).quotes().size());
    }
    counter.chars += chars;
    cpu.add(chars, cpuStart);
  }
}
