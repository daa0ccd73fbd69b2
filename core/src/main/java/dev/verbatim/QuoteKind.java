package dev.verbatim;

/**
 * What kind of quotation a {@link Quote} is. Immutable and thread-safe.
 */
public enum QuoteKind {
  /** Every content piece is enclosed in quote marks: {@code “We will win,” she said.} */
  DIRECT,
  /** A reported clause that contains a quoted fragment: {@code She said the plan was “dead.”} */
  MIXED,
  /** Reported speech without quote marks: {@code She said the plan was dead.} */
  INDIRECT,
  /**
   * Quote marks that do not enclose speech: scare quotes, titles and nicknames, as in
   * {@code the so-called “reform”}. Reported only when {@link
   * QuoteAttributor.Builder#reportNonSpeech(boolean)} is on.
   */
  NON_SPEECH;

  /** The lower-case name used in JSON: {@code direct}, {@code mixed}, {@code indirect}, {@code non-speech}. */
  public String jsonName() {
    return this == NON_SPEECH ? "non-speech" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
