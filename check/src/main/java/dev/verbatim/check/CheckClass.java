package dev.verbatim.check;

/**
 * What the check found for one quote. A quote has exactly one of {@link #VERBATIM}, {@link #ELIDED},
 * {@link #ALTERED} and {@link #NOT_FOUND}, and may also have {@link #MISATTRIBUTED} and {@link
 * #OUT_OF_CONTEXT_RISK}. Immutable and thread-safe.
 */
public enum CheckClass {
  /** The source has the same words (ignoring case, punctuation, marks, hyphens and spacing). */
  VERBATIM,
  /** The same words apart from ellipses standing for dropped words and bracketed insertions. */
  ELIDED,
  /** Words changed, added or dropped without marks; the similarity is still above the threshold. */
  ALTERED,
  /** No source passage reaches the similarity threshold. */
  NOT_FOUND,
  /** The matched passage's transcript speaker is not the speaker the article names. */
  MISATTRIBUTED,
  /**
   * A heuristic risk, not a verdict: right before or after the passage, in the same turn, the source
   * has a negation or reversal ("I would never say that", "but I don't believe it") the quote leaves
   * out.
   */
  OUT_OF_CONTEXT_RISK;

  /** Whether this is one of the four classes that say how the words match. */
  public boolean isMatch() {
    return this == VERBATIM || this == ELIDED || this == ALTERED || this == NOT_FOUND;
  }
}
