package dev.verbatim.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Attributes every article of a corpus and writes two Parquet tables:
 *
 * <ul>
 *   <li>{@code quotes}: one row per quote: {@code article_id, quote_index} and the {@link
 *       QuoteRows#QUOTE} fields;
 *   <li>{@code speakers}: one row per speaker name and type: {@code entity_name, entity_type,
 *       quote_count, article_count, articles} (sorted article ids).
 * </ul>
 *
 * <p>Each article is attributed exactly once, while the quotes table is written; the speakers table
 * is aggregated from that table. Articles without text, or over the length limit, are counted and
 * reported, and the rest still finish. Stateless; all run state lives in the call.
 */
public final class AttributionJob {
  /** How many failed article ids a {@link JobSummary} lists. */
  public static final int FAILED_SAMPLE = 20;

  private AttributionJob() {}

  /** Runs the job in {@code spark}, registering {@code attribute_quotes} with the job's settings. */
  public static JobSummary run(SparkSession spark, JobConfig config) {
    AttributeQuotesUdf.register(spark, config.engine());
    SaveMode mode = config.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    // The one attribution pass: straight from the input into the quotes table, nothing cached.
    partition(spark, read(spark, config), config.partitions())
        .select(col("article_id"),
            posexplode(call_function(AttributeQuotesUdf.NAME, col("text"))).as(new String[] {"quote_index", "q"}))
        .select(col("article_id"), col("quote_index"), col("q.*"))
        .write().mode(mode).parquet(config.quotesPath());
    Dataset<Row> quotes = spark.read().parquet(config.quotesPath());
    quotes.where(col("entity_name").isNotNull())
        .groupBy(col("entity_name"), col("entity_type"))
        .agg(count(lit(1)).as("quote_count"),
            array_sort(collect_set(col("article_id"))).as("articles"))
        .select(col("entity_name"), col("entity_type"), col("quote_count"),
            size(col("articles")).cast(DataTypes.LongType).as("article_count"), col("articles"))
        .orderBy(col("quote_count").desc(), col("entity_name"), col("entity_type"))
        .write().mode(mode).parquet(config.speakersPath());

    // attribute_quotes is null exactly for these articles (it never fails on content), so they are
    // found by a cheap scan of the input rather than by keeping every result around.
    int limit = config.engine().maxDocumentLength();
    Dataset<Row> input = read(spark, config);
    UDF1<String, Boolean> refused = t -> t == null || t.length() > limit;
    Dataset<Row> failed = input.where(udf(refused, DataTypes.BooleanType).apply(col("text")))
        .select(col("article_id"));
    List<String> sample = failed.orderBy(col("article_id")).limit(FAILED_SAMPLE)
        .collectAsList().stream().map(r -> String.valueOf(r.getString(0))).toList();
    return new JobSummary(input.count(), quotes.count(),
        spark.read().parquet(config.speakersPath()).count(), failed.count(), sample);
  }

  /** The articles as {@code (article_id: string, text: string)}. */
  static Dataset<Row> read(SparkSession spark, JobConfig config) {
    Dataset<Row> raw;
    switch (config.format()) {
      case TEXT:
        return spark.read().option("wholetext", true).text(config.input())
            .select(col("_metadata.file_path").as("article_id"), col("value").as("text"));
      case JSONL:
        // A fixed schema skips inference (a full extra pass); numeric ids are read as their text.
        raw = spark.read().schema(new StructType()
                .add(config.idColumn(), DataTypes.StringType)
                .add(config.textColumn(), DataTypes.StringType))
            .json(config.input());
        break;
      case PARQUET:
        raw = spark.read().parquet(config.input());
        requireColumns(raw, config);
        break;
      default:
        throw new IllegalArgumentException("unsupported input format " + config.format());
    }
    return raw.select(col(config.idColumn()).cast(DataTypes.StringType).as("article_id"),
        col(config.textColumn()).cast(DataTypes.StringType).as("text"));
  }

  private static void requireColumns(Dataset<Row> raw, JobConfig config) {
    List<String> columns = Arrays.asList(raw.columns());
    for (String c : List.of(config.idColumn(), config.textColumn())) {
      if (!columns.contains(c)) {
        throw new IllegalArgumentException("input " + config.input() + " has no column '" + c
            + "' (it has " + columns + "); name the columns with --id-column and --text-column");
      }
    }
  }

  /** Attribution is CPU-bound: make sure every core gets work even from one small input file. */
  private static Dataset<Row> partition(SparkSession spark, Dataset<Row> articles, int partitions) {
    if (partitions > 0) {
      return articles.repartition(partitions);
    }
    int cores = spark.sparkContext().defaultParallelism();
    return articles.rdd().getNumPartitions() < cores ? articles.repartition(cores * 2) : articles;
  }
}
