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
 * Runs items through a three-stage pipeline and hands the results over in input order, on the
 * calling thread: one reader thread prepares items in order ({@code read}, e.g. loading a file), a
 * pool of {@code threads} workers does the heavy part ({@code work}, e.g. attributing and rendering),
 * and the caller consumes each result ({@code consume}, e.g. writing it out). The three overlap, so
 * neither reading nor writing holds up the workers, and the results are the same, in the same order,
 * for any thread count. At most a small window of items is in flight. Stateless; each call has its
 * own threads, all gone when it returns.
 */
final class OrderedParallel {
  private static final int WINDOW_PER_THREAD = 4;

  private OrderedParallel() {}

  /** As {@link #run(List, int, Function, Function, Predicate)} without a separate reading stage. */
  static <I, O> void run(List<I> items, int threads, Function<I, O> work, Predicate<O> consume) {
    run(items, threads, Function.identity(), work, consume);
  }

  /**
   * Applies {@code read} then {@code work} to every item and passes each result to {@code consume}
   * in item order; stops early when {@code consume} returns false. {@code read} runs on one thread
   * in item order; {@code work} on up to {@code threads} threads. Neither may throw. A single item
   * runs on the calling thread alone, so a one-file run starts no threads.
   */
  static <I, R, O> void run(List<I> items, int threads, Function<I, R> read, Function<R, O> work,
      Predicate<O> consume) {
    if (items.size() <= 1) {
      for (I item : items) {
        if (!consume.test(work.apply(read.apply(item)))) {
          return;
        }
      }
      return;
    }
    int n = Math.max(1, Math.min(threads, items.size()));
    ExecutorService reader = Executors.newSingleThreadExecutor(daemon("verbatim-reader"));
    ExecutorService pool = Executors.newFixedThreadPool(n, daemon("verbatim-worker"));
    try {
      Deque<Future<O>> pending = new ArrayDeque<>();
      int window = n * WINDOW_PER_THREAD;
      int next = 0;
      while (next < items.size() || !pending.isEmpty()) {
        while (next < items.size() && pending.size() < window) {
          I item = items.get(next++);
          // Workers take their tasks in submission order, so a worker waits only for its own
          // item's read, which the reader does in the same order: no cycle, no deadlock.
          Future<R> loaded = reader.submit(() -> read.apply(item));
          pending.add(pool.submit(() -> work.apply(await(loaded))));
        }
        if (!consume.test(await(pending.poll()))) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
      reader.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
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
