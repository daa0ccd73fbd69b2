package dev.verbatim.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;

/**
 * {@code attribute_quotes(text)}: the quotes of one article as an array of {@link QuoteRows#QUOTE}.
 *
 * <pre>{@code
 * AttributeQuotesUdf.register(spark, EngineSettings.defaults());
 * spark.sql("SELECT id, attribute_quotes(text) AS quotes FROM articles");
 * articles.select(col("id"), call_function("attribute_quotes", col("text")));
 * }</pre>
 *
 * <p>Only the small {@link EngineSettings} travel with the function; each executor builds its engine
 * once and shares it across tasks and rows. Thread-safe. Returns {@code null} for a {@code null} text
 * and for a text longer than {@link EngineSettings#maxDocumentLength()}; never fails on content.
 */
public final class AttributeQuotesUdf implements UDF1<String, List<Row>> {
  private static final long serialVersionUID = 1L;

  /** The SQL name the function is registered under. */
  public static final String NAME = "attribute_quotes";

  private final EngineSettings settings;

  public AttributeQuotesUdf(EngineSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  /** Registers {@code attribute_quotes} in {@code spark}'s session for SQL and the DataFrame API. */
  public static void register(SparkSession spark, EngineSettings settings) {
    spark.udf().register(NAME, new AttributeQuotesUdf(settings), QuoteRows.QUOTES);
  }

  @Override
  public List<Row> call(String text) {
    if (text == null || text.length() > settings.maxDocumentLength()) {
      return null;
    }
    return QuoteRows.of(settings.engine().attribute(text));
  }
}
