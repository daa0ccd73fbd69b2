package dev.verbatim.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
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
 * Single-thread throughput over a whole corpus, one {@code attribute} call per article: the engine end
 * to end, and ICU4J's word and sentence {@link BreakIterator}s alone over the same texts as baselines
 * measured in the same run. {@code :chars} in the output is characters per second.
 *
 * <p>{@code -p corpus=../shared/eval/polnear-dev.jsonl} runs it on a gold file (or a directory of .txt).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class ThroughputBenchmark {
  @Param("generated")
  public String corpus;

  private QuoteAttributor engine;
  private String[] texts;
  private long chars;

  @Setup
  public void setUp() {
    engine = QuoteAttributor.builder().build();
    Corpus c = Corpus.load(corpus);
    Checks.verify(engine, c);
    texts = c.texts();
    chars = c.chars;
  }

  /** Longer warm-up: on a loaded machine C2 needs ~50 M chars before the rules are compiled. */
  @Benchmark
  @Warmup(iterations = 10, time = 1)
  public void attribute(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    for (String t : texts) {
      bh.consume(engine.attribute(t).quotes().size());
    }
    counter.chars += chars;
    cpu.add(chars, cpuStart);
  }

  @Benchmark
  public void icuWordBreak(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    BreakIterator it = BreakIterator.getWordInstance(ULocale.ENGLISH);
    for (String t : texts) {
      bh.consume(walk(it, t));
    }
    counter.chars += chars;
    cpu.add(chars, cpuStart);
  }

  @Benchmark
  public void icuSentenceBreak(CharCounter counter, CpuCounter cpu, Blackhole bh) {
    long cpuStart = CpuCounter.now();
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    for (String t : texts) {
      bh.consume(walk(it, t));
    }
    counter.chars += chars;
    cpu.add(chars, cpuStart);
  }

  /** Visits every boundary and its rule status, as the engine's tokenizer does. */
  static long walk(BreakIterator it, String text) {
    it.setText(text);
    long sum = 0;
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      sum += b + it.getRuleStatus();
    }
    return sum;
  }
}
