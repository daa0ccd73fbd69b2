package dev.verbatim.spark;

import static java.util.Objects.requireNonNull;

/**
 * What one run of {@link AttributionJob} reads and writes. Immutable.
 *
 * @param input file or directory of articles (any path Spark reads: local, HDFS, S3, ...)
 * @param format how the articles are stored
 * @param idColumn the article-id column or field (ignored for {@link InputFormat#TEXT}: the file path)
 * @param textColumn the article-text column or field (ignored for {@link InputFormat#TEXT})
 * @param output directory that receives {@code quotes/} and {@code speakers/} as Parquet
 * @param overwrite whether existing output is replaced rather than refused
 * @param partitions how many partitions to attribute in; 0 lets the job choose at least one per core
 * @param engine the engine settings every executor builds its engine from
 */
public record JobConfig(String input, InputFormat format, String idColumn, String textColumn,
    String output, boolean overwrite, int partitions, EngineSettings engine) {

  public JobConfig {
    requireNonNull(input, "input");
    requireNonNull(format, "format");
    requireNonNull(idColumn, "idColumn");
    requireNonNull(textColumn, "textColumn");
    requireNonNull(output, "output");
    requireNonNull(engine, "engine");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (automatic) or positive, was " + partitions);
    }
  }

  /** Where the quotes table goes. */
  public String quotesPath() {
    return output + "/quotes";
  }

  /** Where the speakers table goes. */
  public String speakersPath() {
    return output + "/speakers";
  }
}
