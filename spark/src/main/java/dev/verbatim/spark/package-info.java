/**
 * Verbatim on Apache Spark: the {@code attribute_quotes(text)} SQL function ({@link
 * dev.verbatim.spark.AttributeQuotesUdf}) and the {@code verbatim-spark} batch job ({@link
 * dev.verbatim.spark.VerbatimSparkJob}). Spark itself is supplied by the cluster.
 */
package dev.verbatim.spark;
