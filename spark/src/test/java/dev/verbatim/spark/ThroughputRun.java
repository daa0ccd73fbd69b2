package dev.verbatim.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.QuoteAttributor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: measures the README's "Millions of articles" figures. Generates a JSON Lines corpus,
 * times the plain engine on one thread, then the whole job (read JSON, attribute, write both Parquet
 * tables) in {@code local[N]}. Each side runs once to warm up and is timed on its second run.
 *
 * <pre>java -cp ... dev.verbatim.spark.ThroughputRun ARTICLES WORKDIR [MASTER]</pre>
 */
public final class ThroughputRun {
  private ThroughputRun() {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    String master = args.length > 2 ? args[2] : "local[2]";
    List<ArticleGenerator.Article> articles = new ArticleGenerator(42).articles("a", count);
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    Path input = work.resolve("articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (ArticleGenerator.Article a : articles) {
        w.write(json.writeValueAsString(Map.of("id", a.id(), "text", a.text())) + "\n");
      }
    }
    System.out.printf("corpus: %d articles, %d chars (%.0f chars/article)%n",
        count, chars, (double) chars / count);

    QuoteAttributor engine = QuoteAttributor.create();
    long quotes = 0;
    double plain = 0;
    for (int run = 0; run < 2; run++) {
      long t0 = System.nanoTime();
      quotes = 0;
      for (ArticleGenerator.Article a : articles) {
        quotes += engine.attribute(a.text()).quotes().size();
      }
      plain = (System.nanoTime() - t0) / 1e9;
    }
    report("plain engine, 1 thread", count, chars, quotes, plain);

    SparkSession spark = SparkSession.builder().appName("verbatim-throughput").master(master)
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    JobSummary summary = null;
    double job = 0;
    for (int run = 0; run < 2; run++) {
      JobConfig config = new JobConfig(input.toString(), InputFormat.JSONL, "id", "text",
          work.resolve("out-" + run).toString(), true, 0, EngineSettings.defaults());
      long t0 = System.nanoTime();
      summary = AttributionJob.run(spark, config);
      job = (System.nanoTime() - t0) / 1e9;
    }
    report("verbatim-spark job, " + master + " (read JSONL, write Parquet)", summary.articles(),
        chars, summary.quotes(), job);
    spark.stop();
  }

  private static void report(String what, long articles, long chars, long quotes, double seconds) {
    System.out.printf("%s: %.2f s, %.0f articles/s, %.2f M chars/s, %d quotes%n", what, seconds,
        articles / seconds, chars / seconds / 1e6, quotes);
  }
}
