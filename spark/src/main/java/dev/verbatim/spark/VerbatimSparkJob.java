package dev.verbatim.spark;

import dev.verbatim.QuoteAttributor;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim-spark}: the command-line entry point for {@code spark-submit}.
 *
 * <pre>
 * spark-submit --class dev.verbatim.spark.VerbatimSparkJob verbatim-spark-job.jar \
 *   --input s3a://news/2024/ --format jsonl --id-column url --text-column body --output s3a://out/
 * </pre>
 *
 * <p>Exit code 0 when every article was attributed, 1 when some could not be (they are listed, and
 * the rest are still written), 2 for bad arguments.
 */
@Command(name = "verbatim-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Attributes the quotes of every article in a corpus and writes Parquet tables "
        + "<output>/quotes (one row per quote) and <output>/speakers (one row per speaker).")
public final class VerbatimSparkJob implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "File or directory of articles.")
  String input;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text (one article per file, id = file path), jsonl or parquet.")
  InputFormat format;

  @Option(names = "--id-column", defaultValue = "id", description = "Id column (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--text-column", defaultValue = "text",
      description = "Text column (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
  String output;

  @Option(names = "--overwrite", description = "Replace existing output instead of refusing.")
  boolean overwrite;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Partitions to attribute in; 0 = at least two per core (default).")
  int partitions;

  @Option(names = "--report-non-speech", description = "Also return scare quotes and titles.")
  boolean reportNonSpeech;

  @Option(names = "--max-document-length", paramLabel = "UNITS",
      description = "Longest article attributed, in UTF-16 units; longer ones are reported as failed.")
  int maxDocumentLength = QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[*]; leave unset under spark-submit.")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new VerbatimSparkJob()).execute(args));
  }

  @Override
  public Integer call() {
    JobConfig config = new JobConfig(input, format, idColumn, textColumn, output, overwrite,
        partitions, new EngineSettings(reportNonSpeech, maxDocumentLength));
    SparkSession.Builder builder = SparkSession.builder().appName("verbatim-spark");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      long start = System.nanoTime();
      JobSummary s = AttributionJob.run(spark, config);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("verbatim-spark: %d articles, %d quotes, %d speakers in %.1f s (%.0f articles/s)%n",
          s.articles(), s.quotes(), s.speakers(), seconds, s.articles() / seconds);
      if (s.failed() > 0) {
        System.err.printf("verbatim-spark: %d articles had no text or were too long, e.g. %s%n",
            s.failed(), s.failedSample());
        return 1;
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Accepts the lower-case format names. */
  static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      for (InputFormat f : InputFormat.values()) {
        if (f.optionName().equals(value)) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a format; use text, jsonl or parquet");
    }
  }
}
