package dev.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the job in local[2] over generated corpora and compares it with the plain Java engine. */
class VerbatimSparkJobTest {
  static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void startSpark() {
    spark = SparkTestSession.get();
  }

  private JobConfig config(Path input, InputFormat format, String id, String text) {
    return new JobConfig(input.toString(), format, id, text, tmp.resolve("out").toString(), false, 0,
        EngineSettings.defaults());
  }

  @Test
  void jsonLinesCorpusMatchesThePlainEngineRowForRow() throws IOException {
    List<ArticleGenerator.Article> articles = new ArrayList<>(new ArticleGenerator(7).articles("a", 300));
    articles.add(new ArticleGenerator.Article("a-empty", ""));
    articles.add(new ArticleGenerator.Article("a-no-text", null));
    Path input = tmp.resolve("articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (ArticleGenerator.Article a : articles) {
        ObjectNode o = json.createObjectNode().put("doc_id", a.id());
        if (a.text() != null) {
          o.put("body", a.text());
        }
        w.write(json.writeValueAsString(o) + "\n");
      }
    }
    JobConfig config = config(input, InputFormat.JSONL, "doc_id", "body");

    JobSummary summary = AttributionJob.run(spark, config);

    List<String> expected = PlainEngine.quoteLines(articles);
    assertThat(expected).hasSizeGreaterThan(articles.size());
    assertThat(PlainEngine.speakerLines(articles)).hasSizeGreaterThan(20);
    assertThat(PlainEngine.quoteLines(spark.read().parquet(config.quotesPath())))
        .containsExactlyElementsOf(expected.stream().sorted().toList());
    assertThat(PlainEngine.speakerLines(spark.read().parquet(config.speakersPath())))
        .containsExactlyElementsOf(PlainEngine.speakerLines(articles));
    assertThat(summary).isEqualTo(new JobSummary(302, expected.size(),
        PlainEngine.speakerLines(articles).size(), 1, List.of("a-no-text")));
  }

  @Test
  void textDirectoryUsesFilePathsAsIds() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("texts"));
    List<ArticleGenerator.Article> articles = new ArrayList<>();
    for (ArticleGenerator.Article a : new ArticleGenerator(11).articles("t", 12)) {
      Path file = dir.resolve(a.id() + ".txt");
      Files.writeString(file, a.text(), StandardCharsets.UTF_8);
      // Spark names files by their Hadoop path URI: file:/tmp/..., not file:///tmp/...
      articles.add(new ArticleGenerator.Article("file:" + file.toAbsolutePath(), a.text()));
    }
    JobConfig config = config(dir, InputFormat.TEXT, "ignored", "ignored");

    JobSummary summary = AttributionJob.run(spark, config);

    assertThat(summary.articles()).isEqualTo(12);
    assertThat(PlainEngine.quoteLines(spark.read().parquet(config.quotesPath())))
        .containsExactlyElementsOf(PlainEngine.quoteLines(articles).stream().sorted().toList());
  }

  @Test
  void parquetInputWithNamedColumns() {
    List<ArticleGenerator.Article> articles = new ArticleGenerator(13).articles("p", 12);
    Path input = tmp.resolve("articles.parquet");
    List<Row> rows = articles.stream().map(a -> RowFactory.create(7, a.text(), a.id())).toList();
    StructType schema = new StructType().add("rank", DataTypes.IntegerType)
        .add("content", DataTypes.StringType).add("url", DataTypes.StringType);
    spark.createDataFrame(rows, schema).write().parquet(input.toString());

    AttributionJob.run(spark, config(input, InputFormat.PARQUET, "url", "content"));

    assertThat(PlainEngine.quoteLines(spark.read().parquet(tmp.resolve("out/quotes").toString())))
        .containsExactlyElementsOf(PlainEngine.quoteLines(articles).stream().sorted().toList());
  }

  @Test
  void missingColumnFailsFastWithTheColumnsThatExist() {
    Path input = tmp.resolve("bad.parquet");
    spark.createDataset(List.of("x"), Encoders.STRING()).toDF("body").write().parquet(input.toString());
    assertThatThrownBy(() -> AttributionJob.run(spark, config(input, InputFormat.PARQUET, "id", "body")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'id'").hasMessageContaining("[body]")
        .hasMessageContaining("--id-column");
  }

  @Test
  void unknownFormatIsAUsageError() {
    StringWriter err = new StringWriter();
    int code = new CommandLine(new VerbatimSparkJob()).setErr(new PrintWriter(err))
        .execute("--input", "x", "--format", "xml", "--output", "y");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("'xml' is not a format; use text, jsonl or parquet");
  }
}
