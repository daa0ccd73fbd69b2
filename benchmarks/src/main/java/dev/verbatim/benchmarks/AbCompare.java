package dev.verbatim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import java.util.function.Function;

/**
 * A/B throughput of engine builds in one JVM: each jar in its own class loader, rounds over the same
 * texts alternating between them, timed by the thread's CPU. On a busy shared machine the ratio of the
 * two in the same round is steadier than either figure; run with -XX:-BackgroundCompilation so that
 * load does not delay the JIT. Usage: AbCompare TEXT_DIR ROUNDS BASE.jar OTHER.jar...
 */
public final class AbCompare {
  static Function<String, Object> engine(String jar) throws Exception {
    ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> qa = cl.loadClass("dev.verbatim.QuoteAttributor");
    Object b = qa.getMethod("builder").invoke(null);
    Object e = b.getClass().getMethod("build").invoke(b);
    Method m = qa.getMethod("attribute", String.class);
    return s -> { try { return m.invoke(e, s); } catch (Exception x) { throw new RuntimeException(x); } };
  }
  public static void main(String[] a) throws Exception {
    // texts: one file per doc in a directory
    List<String> texts = new ArrayList<>();
    try (var st = Files.list(Path.of(a[0]))) { for (Path p : st.sorted().toList()) texts.add(Files.readString(p)); }
    long chars = texts.stream().mapToLong(String::length).sum();
    int rounds = Integer.parseInt(a[1]);
    List<Function<String, Object>> es = new ArrayList<>();
    for (int i = 2; i < a.length; i++) es.add(engine(a[i]));
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    double[][] r = new double[es.size()][rounds];
    double[] alloc = new double[es.size()];
    for (int round = -Integer.getInteger("warm", 3); round < rounds; round++) {
      for (int i = 0; i < es.size(); i++) {
        long c0 = mx.getCurrentThreadCpuTime(), a0 = mx.getThreadAllocatedBytes(tid);
        for (String t : texts) es.get(i).apply(t);
        long c = mx.getCurrentThreadCpuTime() - c0, al = mx.getThreadAllocatedBytes(tid) - a0;
        if (round >= 0) { r[i][round] = chars / (c / 1e9) / 1e6; alloc[i] = (double) al / chars; }
      }
    }
    for (int i = 1; i < es.size(); i++) {
      double[] q = new double[rounds];
      for (int k = 0; k < rounds; k++) q[k] = r[i][k] / r[0][k];
      Arrays.sort(q);
      System.out.printf("ratio %s / %s: median %.3f (IQR %.3f-%.3f)%n", a[i + 2], a[2], q[rounds / 2], q[rounds / 4], q[3 * rounds / 4]);
    }
    for (int i = 0; i < es.size(); i++) {
      double[] x = r[i].clone(); Arrays.sort(x);
      System.out.printf("%s: median %.2f M chars/cpu-s, best %.2f, %.1f B/char%n", a[i + 2], x[rounds / 2], x[rounds - 1], alloc[i]);
    }
  }
}
