package dev.verbatim.text;

/**
 * One quotation found by {@link QuoteDetector}: its pieces (one per paragraph it runs through, each
 * including its marks), its nesting parent and whether it was left unclosed. Immutable.
 */
public final class QuoteSpan {
  private final int id;
  private final int[] pieces;
  private final int parent;
  private final char openMark;
  private final boolean unclosed;
  private final int openWidth;
  private final int closeWidth;

  QuoteSpan(int id, int[] pieces, int parent, char openMark, boolean unclosed) {
    this(id, pieces, parent, openMark, unclosed, 1, 1);
  }

  /** A quote whose marks may be two characters wide: {@code ''doubled apostrophes''}. */
  QuoteSpan(int id, int[] pieces, int parent, char openMark, boolean unclosed, int openWidth,
      int closeWidth) {
    this.openWidth = openWidth;
    this.closeWidth = closeWidth;
    this.id = id;
    this.pieces = pieces;
    this.parent = parent;
    this.openMark = openMark;
    this.unclosed = unclosed;
  }

  /** Index of this quote in the detector's output, which is ordered by start. */
  public int id() {
    return id;
  }

  /** Number of pieces: more than one only for a quotation running over several paragraphs. */
  public int pieceCount() {
    return pieces.length / 2;
  }

  public int pieceStart(int i) {
    return pieces[2 * i];
  }

  public int pieceEnd(int i) {
    return pieces[2 * i + 1];
  }

  public int start() {
    return pieces[0];
  }

  public int end() {
    return pieces[pieces.length - 1];
  }

  /** Index of the enclosing quote, or -1 at top level. */
  public int parent() {
    return parent;
  }

  /** The opening mark. */
  public char openMark() {
    return openMark;
  }

  /** Whether the quote was never closed and so ends at its last paragraph's end. */
  public boolean unclosed() {
    return unclosed;
  }

  /** Start of the content inside the opening mark. */
  public int innerStart() {
    return Math.min(pieces[0] + openWidth, end());
  }

  /** End of the content before the closing mark (the quote's end when unclosed). */
  public int innerEnd() {
    return unclosed ? end() : Math.max(innerStart(), end() - closeWidth);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("QuoteSpan#").append(id).append('[');
    for (int i = 0; i < pieceCount(); i++) {
      sb.append(i == 0 ? "" : ", ").append(pieceStart(i)).append('-').append(pieceEnd(i));
    }
    return sb.append(']').append(parent >= 0 ? " in #" + parent : "")
        .append(unclosed ? " unclosed" : "").toString();
  }
}
