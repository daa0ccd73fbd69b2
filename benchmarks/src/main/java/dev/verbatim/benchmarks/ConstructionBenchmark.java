package dev.verbatim.benchmarks;

import dev.verbatim.QuoteAttributor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to build an engine with every shipped lexicon, in a warm JVM ({@code build}). The first build
 * in a fresh JVM, which also loads classes and ICU data, is what {@link RetainedHeap} prints as
 * {@code first build}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class ConstructionBenchmark {
  @Benchmark
  public QuoteAttributor build() {
    QuoteAttributor engine = QuoteAttributor.builder().build();
    if (engine.maxDocumentLength() <= 0) {
      throw new IllegalStateException("engine built with no document limit");
    }
    return engine;
  }
}
