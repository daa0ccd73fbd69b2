package dev.verbatim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Characters and the thread's CPU time spent on them, per iteration ({@code :cpuChars} and
 * {@code :cpuNanos} in the output). Their ratio, characters per CPU second, is what run.sh reports next
 * to wall-clock throughput: on a shared machine a descheduled thread loses wall time but not CPU time.
 * Per-thread state, as JMH requires for auxiliary counters.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounter {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Characters processed in this iteration; public so JMH can read it. */
  public long cpuChars;
  /** CPU nanoseconds this thread spent in the benchmark method in this iteration. */
  public long cpuNanos;

  @Setup(Level.Iteration)
  public void reset() {
    cpuChars = 0;
    cpuNanos = 0;
  }

  /** The current thread's CPU time, to pass back to {@link #add}. */
  static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  void add(long chars, long cpuStart) {
    cpuChars += chars;
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
  }
}
