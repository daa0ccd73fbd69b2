package dev.verbatim.spark;

import java.util.List;

/**
 * What a run of {@link AttributionJob} did. Immutable.
 *
 * @param articles articles read
 * @param quotes rows written to the quotes table
 * @param speakers rows written to the speakers table
 * @param failed articles that could not be attributed (no text, or text over the length limit)
 * @param failedSample ids of up to {@link AttributionJob#FAILED_SAMPLE} failed articles, sorted
 */
public record JobSummary(long articles, long quotes, long speakers, long failed,
    List<String> failedSample) {
  public JobSummary {
    failedSample = List.copyOf(failedSample);
  }
}
