package dev.verbatim.cli;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders one document's result as a plain-text table for a terminal: kind, speaker entity name, cue
 * and the quote shortened to one line. Stateless and thread-safe.
 */
final class TableWriter {
  static final String ABSENT = "-";
  private static final int[] MAX_WIDTH = {10, 24, 16, 72};
  private static final String[] HEADER = {"KIND", "SPEAKER", "CUE", "QUOTE"};

  private TableWriter() {}

  static String render(String document, AttributionResult result) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Quote q : result.quotes()) {
      Entity who = result.speakerOf(q);
      rows.add(new String[] {
          q.kind().jsonName(),
          shorten(who == null ? ABSENT : who.name().isEmpty() ? q.speaker().text() : who.name(),
              MAX_WIDTH[1]),
          shorten(q.cue() == null ? ABSENT : q.cue().text(), MAX_WIDTH[2]),
          shorten(q.text(), MAX_WIDTH[3])});
    }
    StringBuilder sb = new StringBuilder();
    int n = result.quotes().size();
    sb.append(document).append(": ").append(n).append(n == 1 ? " quote, " : " quotes, ")
        .append(result.entities().size())
        .append(result.entities().size() == 1 ? " speaker\n" : " speakers\n");
    if (n == 0) {
      return sb.toString();
    }
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], columns(row[c]));
      }
    }
    for (String[] row : rows) {
      sb.append("  ");
      for (int c = 0; c < row.length; c++) {
        sb.append(row[c]);
        if (c < row.length - 1) {
          sb.append(" ".repeat(width[c] - columns(row[c]) + 2));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** One line of at most {@code max} code points, whitespace runs collapsed, "…" where cut. */
  static String shorten(String s, int max) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = sb.length() > 0;
      } else if (Character.getType(cp) != Character.CONTROL
          && Character.getType(cp) != Character.FORMAT) { // no escape sequences to the terminal
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    if (columns(sb.toString()) <= max) {
      return sb.toString();
    }
    return sb.substring(0, sb.offsetByCodePoints(0, max - 1)) + "…";
  }

  private static int columns(String s) {
    return s.codePointCount(0, s.length());
  }
}
