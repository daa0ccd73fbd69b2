/**
 * HTML out: {@link dev.verbatim.html.report.ReportWriter} renders self-contained report pages that
 * highlight each quote in its speaker's colour, and an index for a corpus.
 */
package dev.verbatim.html.report;
