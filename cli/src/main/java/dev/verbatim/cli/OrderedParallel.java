package dev.verbatim.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a function over items on several threads and hands the results over in input order, on the
 * calling thread, with at most a small window of finished-but-unconsumed results held in memory.
 * Stateless; each call has its own pool.
 */
final class OrderedParallel {
  private static final int WINDOW_PER_THREAD = 4;

  private OrderedParallel() {}

  /**
   * Applies {@code work} to every item and passes each result to {@code consume} in item order;
   * stops early when {@code consume} returns false. {@code work} must not throw.
   */
  static <I, O> void run(List<I> items, int threads, Function<I, O> work, Predicate<O> consume) {
    int n = Math.min(threads, items.size());
    if (n <= 1) { // no pool at all for one file: keeps the single-file start-up lean
      for (I item : items) {
        if (!consume.test(work.apply(item))) {
          return;
        }
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "verbatim-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<O>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < items.size() || !pending.isEmpty()) {
        while (next < items.size() && pending.size() < n * WINDOW_PER_THREAD) {
          I item = items.get(next++);
          pending.add(pool.submit(() -> work.apply(item)));
        }
        if (!consume.test(await(pending.poll()))) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
    }
  }
}
