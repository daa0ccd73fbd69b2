package dev.verbatim.benchmarks;

import dev.verbatim.QuoteAttributor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the heap a built engine retains, three ways, as {@code key<TAB>value} lines for run.sh:
 *
 * <ul>
 *   <li>{@code first.build.ms}: the first build in this JVM (class loading and ICU data included);
 *   <li>{@code heap.first.bytes}: heap in use after a full GC holding one engine, less before any
 *       Verbatim class was touched, so static data (ICU rules, prototypes) counts too;
 *   <li>{@code heap.per.engine.bytes}: the heap each further engine adds, averaged over
 *       {@link #EXTRA} engines;
 *   <li>{@code jol.engine.bytes}: JOL's walk of the engine's object graph (instance data only).
 * </ul>
 *
 * Run it with {@code -XX:+UseSerialGC} so {@code System.gc()} is a full, compacting collection.
 */
public final class RetainedHeap {
  static final int EXTRA = 8;

  private RetainedHeap() {}

  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long t0 = System.nanoTime();
    QuoteAttributor first = QuoteAttributor.builder().build();
    long buildNanos = System.nanoTime() - t0;
    // Run it once so lazily built per-class data is loaded and counted.
    Checks.verify(first, Corpus.load("generated"));
    long one = usedAfterGc(memory);
    List<QuoteAttributor> held = new ArrayList<>();
    for (int i = 0; i < EXTRA; i++) {
      held.add(QuoteAttributor.builder().build());
    }
    long many = usedAfterGc(memory);
    // Records (the rules' lexicon entries) need JOL's own field-offset probe on JDK 17.
    System.setProperty("jol.magicFieldOffset", "true");
    long jol;
    try {
      jol = GraphLayout.parseInstance(first).totalSize();
    } catch (RuntimeException e) {
      System.err.println("JOL could not walk the engine: " + e);
      jol = -1;
    }
    System.out.printf("first.build.ms\t%.1f%n", buildNanos / 1e6);
    System.out.printf("heap.first.bytes\t%d%n", one - before);
    System.out.printf("heap.per.engine.bytes\t%d%n", (many - one) / EXTRA);
    System.out.printf("jol.engine.bytes\t%d%n", jol);
    System.out.printf("rules\t%s%n", first.hasAttributionRules() ? "yes" : "no");
    if (held.size() != EXTRA || first.maxDocumentLength() <= 0) {
      throw new IllegalStateException("engines were not held");
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
