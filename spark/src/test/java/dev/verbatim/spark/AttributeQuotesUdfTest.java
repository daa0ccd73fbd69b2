package dev.verbatim.spark;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.QuoteAttributor;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttributeQuotesUdfTest {
  static final String TEXT =
      "The minister arrived late. \u201cWe will open the bridge in May,\u201d said Marta Halvorsen,"
          + " the transport minister.";

  static SparkSession spark;

  @BeforeAll
  static void register() {
    spark = SparkTestSession.get();
    AttributeQuotesUdf.register(spark, EngineSettings.defaults());
  }

  private static Dataset<Row> articles(String... texts) {
    return spark.createDataset(Arrays.asList(texts), Encoders.STRING()).toDF("text");
  }

  @Test
  void sqlReturnsTheQuoteStructs() {
    articles(TEXT).createOrReplaceTempView("udf_articles");
    Dataset<Row> out = spark.sql("SELECT attribute_quotes(text) AS quotes FROM udf_articles");
    assertThat(out.schema().apply("quotes").dataType()).isEqualTo(QuoteRows.QUOTES);
    List<Row> quotes = out.first().getList(0);
    assertThat(quotes).hasSize(1);
    Row q = quotes.get(0);
    assertThat(q.<String>getAs("kind")).isEqualTo("direct");
    assertThat(spark.sql("SELECT to_json(attribute_quotes(text)[0].spans) FROM udf_articles")
        .first().getString(0)).isEqualTo("[[27,60]]");
    assertThat(q.<String>getAs("text")).isEqualTo("\u201cWe will open the bridge in May,\u201d");
    assertThat(q.<Row>getAs("cue").toString()).isEqualTo("[61,65,said]");
    assertThat(q.<Row>getAs("speaker").toString()).isEqualTo("[66,81,Marta Halvorsen]");
    assertThat(q.<String>getAs("entity_name")).isEqualTo("Marta Halvorsen");
    assertThat(q.<String>getAs("entity_type")).isEqualTo("person");
    assertThat(q.<Double>getAs("confidence")).isEqualTo(
        QuoteAttributor.create().attribute(TEXT).quotes().get(0).confidence());
  }

  @Test
  void dataFrameApiExplodesToOneRowPerQuote() {
    String two = "\u201cFirst,\u201d she said.\n\nThe mayor disagreed. \u201cSecond,\u201d he said.";
    List<Row> rows = articles(two)
        .select(call_function(AttributeQuotesUdf.NAME, col("text")).as("quotes"))
        .selectExpr("inline(quotes)")
        .selectExpr("kind", "to_json(spans)", "text")
        .collectAsList();
    assertThat(rows).extracting(Row::toString).containsExactly(
        "[direct,[[0,8]],\u201cFirst,\u201d]",
        "[direct,[[41,50]],\u201cSecond,\u201d]");
  }

  @Test
  void nullAndOverlongTextsGiveNull() {
    AttributeQuotesUdf tiny = new AttributeQuotesUdf(new EngineSettings(false, 20));
    assertThat(tiny.call(null)).isNull();
    assertThat(tiny.call("\u201cWe won,\u201d Ana Ruiz said.")).isNull(); // 25 chars
    assertThat(tiny.call("\u201cWe won,\u201d Ruiz said.")).hasSize(1); // 20 chars
  }

  @Test
  void oneEngineIsSharedPerSettingsInAJvm() {
    assertThat(EngineSettings.defaults().engine())
        .isSameAs(new EngineSettings(false, QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH).engine())
        .isNotSameAs(new EngineSettings(true, QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH).engine());
  }
}
