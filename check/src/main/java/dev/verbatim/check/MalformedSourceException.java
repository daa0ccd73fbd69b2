package dev.verbatim.check;

/**
 * A source that cannot be read as its format requires: a broken subtitle timing line, a missing
 * {@code WEBVTT} header, bytes that are not UTF-8. The message names the source and the line.
 *
 * <p>Immutable and thread-safe.
 */
public final class MalformedSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the source's name, usually its path
   * @param line the 1-based line of the problem, or 0 when it concerns the whole source
   * @param problem what is wrong and, where possible, what was expected
   */
  public MalformedSourceException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The source's name, as given to the parser. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole source. */
  public int line() {
    return line;
  }
}
