package dev.verbatim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads JMH's JSON results and {@link RetainedHeap}'s output and prints the summary table run.sh ends
 * with, each figure against its target. Usage: {@code Summary jmh.json heap.tsv}.
 */
public final class Summary {
  private final JsonNode results;
  private final StringBuilder out = new StringBuilder();

  private Summary(JsonNode results) {
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: Summary JMH_RESULTS.json RETAINED_HEAP.tsv");
      System.exit(2);
    }
    Summary s = new Summary(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
    Map<String, String> heap = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] kv = line.split("\t");
      if (kv.length == 2) {
        heap.put(kv[0], kv[1]);
      }
    }
    System.out.print(s.table(heap));
  }

  private String table(Map<String, String> heap) {
    row("figure", "measured", "target");
    row("------", "--------", "------");
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().endsWith("ThroughputBenchmark.attribute")) {
        String corpus = r.path("params").path("corpus").asText();
        JsonNode word = find("ThroughputBenchmark.icuWordBreak", "corpus", corpus);
        JsonNode sent = find("ThroughputBenchmark.icuSentenceBreak", "corpus", corpus);
        String name = "[" + Path.of(corpus).getFileName() + "]";
        row("attribute, 1 thread, chars/s " + name, rates(r), verdict(cpu(r) >= 25e6, ">= 25 M"));
        row("  ICU word BreakIterator alone " + name, rates(word), "(baseline, ~70 M)");
        row("  ICU sentence BreakIterator alone " + name, rates(sent), "(baseline)");
        row("  attribute / ICU word, CPU " + name, String.format("%.2f", cpu(r) / cpu(word)), "");
        row("  allocation, bytes/char " + name, String.format("%.1f", allocPerChar(r)),
            verdict(allocPerChar(r) <= 10, "<= 10"));
      }
    }
    JsonNode small = find("ScalingBenchmark.attribute", "size", "5000");
    JsonNode big = find("ScalingBenchmark.attribute", "size", "10000000");
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().endsWith("ScalingBenchmark.attribute")) {
        row("scaling: " + r.path("params").path("size").asText() + " chars, CPU ns/char",
            String.format("%.1f (%.1f B/char)", 1e9 / cpu(r), allocPerChar(r)), rates(r));
      }
    }
    if (small != null && big != null) {
      double ratio = cpu(small) / cpu(big);
      row("scaling: 10 MB CPU cost per char / 5 KB", String.format("%.2f (wall %.2f)", ratio,
          chars(small) / chars(big)), verdict(ratio <= 1.3, "<= 1.3"));
    }
    JsonNode one = find("SharedEngineBenchmark.oneThread", null, null);
    JsonNode two = find("SharedEngineBenchmark.twoThreads", null, null);
    if (one != null && two != null) {
      row("shared engine, 1 thread, chars/s", rates(one), "");
      row("shared engine, 2 threads, chars/s (total)", rates(two), "");
      double ratio = chars(two) / chars(one);
      row("shared engine, 2 threads / 1 thread, wall", String.format("%.2f", ratio),
          verdict(ratio >= 1.8, ">= 1.8"));
      row("shared engine, 2 x per-thread CPU efficiency", String.format("%.2f",
          2 * cpu(two) / cpu(one)), "(2.0 = no contention)");
    }
    JsonNode article = find("NovelBenchmark.attribute", "text", "article");
    JsonNode novel = find("NovelBenchmark.attribute", "text", "novel");
    if (article != null && novel != null) {
      double ratio = cpu(article) / cpu(novel);
      row("fiction: 1 MB novel, chars/s", rates(novel), "");
      row("fiction: novel CPU cost per char / 5 KB news article", String.format("%.2f (wall %.2f)",
          ratio, chars(article) / chars(novel)), verdict(ratio <= 1.5, "<= 1.5"));
    }
    JsonNode build = find("ConstructionBenchmark.build", null, null);
    if (build != null) {
      row("engine construction (warm JVM), ms", String.format("%.2f",
          build.path("primaryMetric").path("score").asDouble()), "");
    }
    if (heap.containsKey("first.build.ms")) {
      row("engine construction (first in a fresh JVM), ms", heap.get("first.build.ms"), "");
      long first = Long.parseLong(heap.get("heap.first.bytes"));
      row("retained heap, first engine incl. static data", mib(first), verdict(first <= 32L << 20,
          "<= 32 MiB"));
      row("retained heap, each further engine", mib(Long.parseLong(heap.get("heap.per.engine.bytes"))),
          "");
      long jol = Long.parseLong(heap.get("jol.engine.bytes"));
      row("retained heap, JOL engine object graph", jol < 0 ? "n/a" : mib(jol), "");
      row("attribution rules present", heap.get("rules"), "");
    }
    return out.toString();
  }

  private JsonNode find(String suffix, String param, String value) {
    for (JsonNode r : results) {
      if (r.path("benchmark").asText().endsWith(suffix)
          && (param == null || r.path("params").path(param).asText().equals(value))) {
        return r;
      }
    }
    return null;
  }

  /** Characters per CPU second of the benchmark threads. */
  private static double cpu(JsonNode r) {
    if (r == null) {
      return Double.NaN;
    }
    JsonNode m = r.path("secondaryMetrics");
    return m.path("cpuChars").path("score").asDouble(Double.NaN) * 1e9
        / m.path("cpuNanos").path("score").asDouble(Double.NaN);
  }

  private static String rates(JsonNode r) {
    return String.format("%s/s wall, %s/s CPU", mega(chars(r)), mega(cpu(r)));
  }

  private static double chars(JsonNode r) {
    return r == null ? Double.NaN
        : r.path("secondaryMetrics").path("chars").path("score").asDouble(Double.NaN);
  }

  /** gc.alloc.rate.norm is bytes per benchmark op; ops/s over chars/s gives ops per char. */
  private static double allocPerChar(JsonNode r) {
    double norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score")
        .asDouble(Double.NaN);
    double ops = r.path("primaryMetric").path("score").asDouble();
    return norm * ops / chars(r);
  }

  private static String mega(double v) {
    return String.format("%.1f M", v / 1e6);
  }

  private static String mib(long bytes) {
    return String.format("%.2f MiB", bytes / 1048576.0);
  }

  private static String verdict(boolean met, String target) {
    return target + (met ? "  met" : "  MISSED");
  }

  private void row(String a, String b, String c) {
    out.append(String.format("%-50s %-36s %s%n", a, b, c));
  }
}
