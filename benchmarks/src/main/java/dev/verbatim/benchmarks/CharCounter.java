package dev.verbatim.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the characters a benchmark method processed. JMH reports it next to the method's own score as
 * {@code <method>:chars}, in the throughput unit, i.e. characters per second (summed over threads).
 * Per-thread state, as JMH requires for auxiliary counters.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CharCounter {
  /** Characters processed in this iteration; public so JMH can read it. */
  public long chars;

  @Setup(Level.Iteration)
  public void reset() {
    chars = 0;
  }
}
