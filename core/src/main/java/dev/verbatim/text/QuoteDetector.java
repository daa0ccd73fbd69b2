package dev.verbatim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks into a tree of quotations, one paragraph at a time.
 *
 * <p>Pairing restarts at every paragraph, so a stray mark can only disturb its own paragraph. A double
 * quote still open at a paragraph's end continues when the next paragraph re-opens with the same mark
 * (the news convention for multi-paragraph quotes); otherwise it ends at the paragraph's end
 * and is flagged unclosed. A single mark left open is taken for an apostrophe and dropped. Quotes
 * nested deeper than {@link #MAX_DEPTH} are dropped too: no prose nests that deep, and reporting them
 * would make the output (each quote carries its text) quadratic in the input.
 *
 * <p>Stateless and thread-safe: all per-call state lives in {@link Run}.
 */
public final class QuoteDetector {
  /** How far down the stack a closing mark looks for its opener; keeps the scan linear. */
  private static final int SEARCH_DEPTH = 16;
  /** Deepest nesting reported; deeper quotes are dropped. Top-level quotes have depth 0. */
  static final int MAX_DEPTH = 8;

  private static final int NONE = 0;
  private static final int OPEN = 1;
  private static final int CLOSE = 2;

  private QuoteDetector() {}

  /** Detects quotations in {@code text}, whose paragraphs are {@code [paraStart[i], paraEnd[i])}. */
  public static List<QuoteSpan> detect(String text, int[] paraStart, int[] paraEnd, int paraCount) {
    return new Run(text).detect(paraStart, paraEnd, paraCount);
  }

  /** An opened quotation while it is being built. */
  private static final class Open {
    final char mark;
    final Open parent;
    IntList pieces; // null until the first piece ends: most marks in garbage never close
    int pieceStart;
    int openWidth = 1;
    int closeWidth = 1;
    boolean unclosed;
    boolean dropped;
    /** Whether a quotation in typographic marks (not straight ones) closed inside this one. */
    boolean typographicInside;
    /**
     * The quotation in the same single mark that closed directly inside this one, when nothing
     * opened inside this one after it.
     */
    Open sameMarkChild;
    int id = -1;
    Open live; // nearest kept ancestor, set by build()
    int depth;

    Open(char mark, Open parent, int start) {
      this.mark = mark;
      this.parent = parent;
      this.pieceStart = start;
    }

    void endPiece(int end) {
      if (pieces == null) {
        pieces = new IntList(2);
      }
      pieces.add(pieceStart);
      pieces.add(end);
    }

    boolean hasPieces() {
      return pieces != null && pieces.size() > 0;
    }
  }

  private static final class Run {
    final String text;
    final List<Open> opened = new ArrayList<>();
    final ArrayList<Open> stack = new ArrayList<>();
    int closerMemo = -1;
    int closerMemoFrom = -1;
    int openerMemo = -1;
    int openerMemoFrom = -1;

    Run(String text) {
      this.text = text;
    }

    List<QuoteSpan> detect(int[] paraStart, int[] paraEnd, int paraCount) {
      Open carry = null;
      for (int p = 0; p < paraCount; p++) {
        int ps = paraStart[p];
        int pe = paraEnd[p];
        int from = ps;
        if (carry != null) {
          int j = skipSpace(ps, pe);
          boolean doubled = j < pe && isDoubledApostrophe(j, pe) && carry.mark == '"';
          if (doubled || j < pe && QuoteMarks.reopens(carry.mark, text.charAt(j))) {
            carry.pieceStart = j;
            stack.add(carry);
            from = j + (doubled ? 2 : 1);
          } else {
            carry.unclosed = true;
          }
          carry = null;
        }
        scan(from, ps, pe);
        carry = closeParagraph(ps, pe, p + 1 < paraCount ? paraStart[p + 1] : -1,
            p + 1 < paraCount ? paraEnd[p + 1] : -1);
      }
      if (carry != null) {
        carry.unclosed = true;
      }
      return build();
    }

    private void scan(int from, int ps, int pe) {
      for (int i = from; i < pe; i++) {
        char c = text.charAt(i);
        if (!QuoteMarks.isMark(c)) {
          continue;
        }
        // Two apostrophes stand for a double quote mark in some styles: ''It is over,'' she said.
        boolean doubled = (c == '\'' || c == '\u2019' || c == '\u2018') && i + 1 < pe
            && text.charAt(i + 1) == c && (i + 2 >= pe || text.charAt(i + 2) != c);
        int role = doubled ? doubledRole(i, ps, pe) : role(i, c, ps, pe);
        char mark = doubled ? '"' : c;
        if (role == OPEN) {
          Open o = new Open(mark, stack.isEmpty() ? null : stack.get(stack.size() - 1), i);
          if (o.parent != null) {
            o.parent.sameMarkChild = null; // only a child that closed last can give its closer back
          }
          o.openWidth = doubled ? 2 : 1;
          opened.add(o);
          stack.add(o);
        } else if (role == CLOSE) {
          close(i, mark, doubled ? 2 : 1);
        }
        if (doubled) {
          i++;
        }
      }
    }

    private int matchingOpener(char c) {
      int stop = Math.max(0, stack.size() - SEARCH_DEPTH);
      for (int k = stack.size() - 1; k >= stop; k--) {
        if (QuoteMarks.closes(stack.get(k).mark, c)) {
          return k;
        }
      }
      return -1;
    }

    /** A doubled apostrophe opens after space and before a word, and closes otherwise. */
    private int doubledRole(int i, int ps, int pe) {
      char before = i > ps ? text.charAt(i - 1) : ' ';
      char after = i + 2 < pe ? text.charAt(i + 2) : ' ';
      if (matchingOpener('"') >= 0 && !(isOpenContext(before) && !isCloseContext(after))) {
        return CLOSE;
      }
      return isOpenContext(before) && !isCloseContext(after) ? OPEN : NONE;
    }

    private void close(int i, char c, int width) {
      int k = matchingOpener(c);
      if (k < 0) {
        return;
      }
      // Openers above the match were never closed: singles were apostrophes, doubles end here.
      for (int j = stack.size() - 1; j > k; j--) {
        Open inner = stack.remove(j);
        if (QuoteMarks.isSingle(inner.mark)) {
          inner.dropped = true;
        } else {
          inner.unclosed = true;
          inner.endPiece(Math.max(inner.pieceStart + 1, trimEnd(inner.pieceStart, i)));
        }
      }
      Open o = stack.remove(k);
      o.endPiece(i + width);
      o.closeWidth = width;
      if (o.parent != null && o.mark != '"' && o.mark != '\'') {
        o.parent.typographicInside = true;
      }
      if (o.parent != null && o.parent.mark == o.mark && QuoteMarks.isSingle(o.mark)) {
        o.parent.sameMarkChild = o;
      }
    }

    /** Ends the paragraph; returns the quotation that continues into the next one, if any. */
    private Open closeParagraph(int ps, int pe, int nextStart, int nextEnd) {
      Open carry = null;
      int end = trimEnd(ps, pe);
      for (int j = stack.size() - 1; j >= 0; j--) {
        Open o = stack.get(j);
        if (QuoteMarks.isSingle(o.mark) && !o.hasPieces()) {
          Open inner = o.sameMarkChild;
          if (inner != null && !inner.dropped && inner.hasPieces()) {
            // 'All dat kin be 'splained.': the inner opener was an elision and its closer is ours.
            inner.dropped = true;
            o.endPiece(inner.pieces.get(inner.pieces.size() - 1));
            o.closeWidth = inner.closeWidth;
            continue;
          }
          if (j == 0 && nextStart >= 0 && opensLine(o.pieceStart, ps, pe)
              && continues(o, nextStart, nextEnd)) {
            // 'The road was long,¶'and the night cold.': a speech over paragraphs, single marks
            o.endPiece(Math.max(o.pieceStart + 1, end));
            carry = o;
            continue;
          }
          o.dropped = true;
          continue;
        }
        boolean fresh = !o.hasPieces(); // opened in this paragraph, not carried into it
        o.endPiece(Math.max(o.pieceStart + 1, end));
        if (j == 0 && nextStart >= 0 && continues(o, nextStart, nextEnd)) {
          carry = o;
        } else if (j == 0 && fresh && o.mark == '"' && o.typographicInside) {
          // A straight mark never closed around curly quotes that do close is a stray, not an
          // opener: the quotes inside stand on their own.
          o.dropped = true;
        } else {
          o.unclosed = true;
        }
      }
      stack.clear();
      return carry;
    }

    /**
     * Whether a single mark at {@code at} opens a line of dialogue: at the paragraph's start, or
     * before a capital after a sentence or a lead-in ({@code said Tom. 'But}, {@code said: 'No}).
     */
    private boolean opensLine(int at, int ps, int pe) {
      if (at == skipSpace(ps, pe)) {
        return true;
      }
      if (at + 1 >= pe || !Character.isUpperCase(text.charAt(at + 1))) {
        return false;
      }
      int b = at;
      while (b > ps && isSpace(text.charAt(b - 1))) {
        b--;
      }
      return b < at && b > ps && isClosingPunctuation(text.charAt(b - 1));
    }

    private boolean continues(Open o, int nextStart, int nextEnd) {
      int j = skipSpace(nextStart, nextEnd);
      if (j < nextEnd && QuoteMarks.isSingle(o.mark)) {
        return text.charAt(j) == o.mark && j + 1 < nextEnd
            && Character.isLetter(text.charAt(j + 1)) && !Apostrophes.isElision(text, j + 1, nextEnd)
            && !isDoubledApostrophe(j, nextEnd);
      }
      return j < nextEnd && (isDoubledApostrophe(j, nextEnd)
          ? o.mark == '"' : QuoteMarks.reopens(o.mark, text.charAt(j)));
    }

    private boolean isDoubledApostrophe(int j, int end) {
      char c = text.charAt(j);
      return (c == '\'' || c == '\u2019' || c == '\u2018') && j + 1 < end
          && text.charAt(j + 1) == c;
    }

    private List<QuoteSpan> build() {
      List<QuoteSpan> out = new ArrayList<>(opened.size());
      // A parent is opened, and so listed, before its children: its live ancestor is already known,
      // which keeps this linear however many dropped openers a quote sits under.
      for (Open o : opened) {
        Open p = o.parent;
        o.live = p == null ? null : p.dropped ? p.live : p;
        o.depth = o.live == null ? 0 : o.live.depth + 1;
        if (o.dropped || !o.hasPieces() || o.depth > MAX_DEPTH) {
          o.dropped = true;
          continue;
        }
        o.id = out.size();
        out.add(new QuoteSpan(o.id, o.pieces.toArray(), o.live == null ? -1 : o.live.id, o.mark,
            o.unclosed, o.openWidth, o.closeWidth));
      }
      return out;
    }

    /** Decides whether the mark at {@code i} opens, closes, or is neither (an apostrophe, a stray). */
    private int role(int i, char c, int ps, int pe) {
      char before = i > ps ? text.charAt(i - 1) : ' ';
      char after = i + 1 < pe ? text.charAt(i + 1) : ' ';
      // An emoji (a surrogate pair) beside a mark is a boundary, like a space, on whichever side
      // the other neighbour leaves open: 😀'hi'😀 is a quote.
      boolean closeSide = isCloseContext(after) || Character.isHighSurrogate(after);
      boolean openSide = isOpenContext(before) || Character.isLowSurrogate(before) && !closeSide;
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u201A') {
        return singleRole(i, c, before, after, openSide, closeSide, pe);
      }
      int k = matchingOpener(c);
      boolean canClose = k >= 0;
      boolean canOpen = QuoteMarks.canOpen(c);
      if (canClose && c == '\u201C' && stack.get(k).mark == '\u201C') {
        // A left mark typed for a right one (“Mostly false.“) closes only where a closer stands, or
        // after a dash or a space with no word after it (“But I--“ at a line's end).
        return closeSide && (!openSide || !Character.isLetterOrDigit(before)) ? CLOSE : OPEN;
      }
      if (canClose && canOpen) {
        // “ closing „, or a symmetric mark with an opener pending: context decides. A symmetric mark
        // reads as closing unless it clearly opens (space before, word after): same-type nesting.
        boolean opens = !QuoteMarks.isSymmetric(c) || Character.isLetterOrDigit(after);
        return openSide && !closeSide && opens ? OPEN : CLOSE;
      }
      if (canClose) {
        return CLOSE;
      }
      if (c == '\u201D') {
        // A right mark typed for a left one (”We won,”) opens at a paragraph's start or before a word.
        return i + 1 < pe && (i == ps || openSide && Character.isLetterOrDigit(after)) ? OPEN : NONE;
      }
      if (canOpen) {
        // A symmetric mark that looks like a closer but has nothing to close is a stray.
        return QuoteMarks.isSymmetric(c) && closeSide && !openSide ? NONE : OPEN;
      }
      return NONE;
    }

    private int singleRole(int i, char c, char before, char after, boolean openSide,
        boolean closeSide, int pe) {
      boolean letterBefore = Character.isLetterOrDigit(before);
      if (letterBefore && Character.isLetter(after)) {
        return NONE; // It’s, rock'n'roll
      }
      if (c == '\u201A') {
        return openSide && Character.isLetter(after) ? OPEN : NONE;
      }
      if (openSide && !closeSide) {
        if (c != '\u2018' && (Character.isDigit(after) || Apostrophes.isElision(text, i + 1, pe))) {
          return NONE; // ’90s, 'tis, rock 'n' roll
        }
        if (c == '\u2019' && matchingOpener(c) < 0) {
          return NONE; // a right mark opening: an elision we do not know
        }
        return OPEN;
      }
      if (!openSide) {
        // After a word: a closing mark if a single quote is open, else a possessive (workers’).
        // ‘ closes only the low-9 ‚ (the table says so), never a ‘.
        int k = matchingOpener(c);
        if (k < 0 || Apostrophes.isPluralPossessive(text, i, pe, stack.get(k).mark)) {
          return NONE;
        }
        if (Character.isLetter(before)
            && nextClearCloser(i + 1, pe) < nextClearOpener(i + 1, pe)) {
          return NONE; // 'Nothin' doin' here,' he said: a word cut short, the quote closes later
        }
        return CLOSE;
      }
      if (matchingOpener(c) >= 0 && !Character.isLetterOrDigit(after)
          && (isSpace(before) || before == '-' || before == '\u2014' || before == '\u2013')) {
        return CLOSE; // 'But Mr. Emerson--' broken off
      }
      return NONE;
    }

    /**
     * The first single mark at or after {@code from} that plainly closes (after punctuation, before a
     * space or punctuation: {@code ,'} {@code .'}), or {@code pe}. Remembered while ahead of the
     * scan, so each stretch of a paragraph is searched once.
     */
    private int nextClearCloser(int from, int pe) {
      if (closerMemo >= from && closerMemo <= pe && closerMemoFrom <= from) {
        return closerMemo;
      }
      int j = from;
      for (; j < pe; j++) {
        char d = text.charAt(j);
        if ((d == '\'' || d == '\u2019') && isClosingPunctuation(text.charAt(j - 1))
            && (j + 1 >= pe || isCloseContext(text.charAt(j + 1)))) {
          break;
        }
      }
      closerMemoFrom = from;
      closerMemo = j;
      return j;
    }

    /** The first single mark at or after {@code from} that plainly opens a quotation, or {@code pe}. */
    private int nextClearOpener(int from, int pe) {
      if (openerMemo >= from && openerMemo <= pe && openerMemoFrom <= from) {
        return openerMemo;
      }
      int j = from;
      for (; j < pe; j++) {
        char d = text.charAt(j);
        if ((d == '\'' || d == '\u2018') && isOpenContext(text.charAt(j - 1))
            && j + 1 < pe && Character.isLetter(text.charAt(j + 1))
            && !Apostrophes.isElision(text, j + 1, pe)) {
          break;
        }
      }
      openerMemoFrom = from;
      openerMemo = j;
      return j;
    }

    private int skipSpace(int from, int to) {
      int j = from;
      while (j < to && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      return j;
    }

    private int trimEnd(int from, int to) {
      int j = to;
      while (j > from && isSpace(text.charAt(j - 1))) {
        j--;
      }
      return j;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /** A character after which a mark reads as opening: space, start, bracket, dash, another opener. */
  static boolean isOpenContext(char c) {
    return isSpace(c) || c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013'
        || c == '-' || c == '/' || c == ':' || (QuoteMarks.canOpen(c) && !QuoteMarks.isSymmetric(c))
        || c == '"' || c == '\u200B' || c == '\uFEFF';
  }

  /** Punctuation that ends a quoted line just before its closing mark: {@code ,'} {@code ?'}. */
  static boolean isClosingPunctuation(char c) {
    return c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '-'
        || c == '\u2014' || c == '\u2013' || c == '\u2026';
  }

  /** A character before which a mark reads as closing: space, end, punctuation, another closer. */
  static boolean isCloseContext(char c) {
    return isSpace(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
        || c == ')' || c == ']' || c == '}' || c == '\u2014' || c == '\u2013' || c == '-'
        || c == '\u2026' || c == '\u201D' || c == '\u2019' || c == '"' || c == '\''
        || c == '\u200B';
  }
}
