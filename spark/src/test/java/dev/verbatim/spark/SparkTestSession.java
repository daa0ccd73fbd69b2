package dev.verbatim.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session for all tests in the JVM: starting Spark costs seconds, so the test
 * classes share it, and Spark's own shutdown hook stops it when the JVM exits.
 */
final class SparkTestSession {
  private SparkTestSession() {}

  static SparkSession get() {
    return SparkSession.builder()
        .appName("verbatim-spark-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
