package dev.verbatim.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The first misses (gold relations nothing matched) and false alarms (counted predictions that matched
 * nothing) of a scored row, in document order, each with its text in context. Stateless.
 */
final class ErrorSamples {
  private static final int CONTEXT = 30;
  private static final int CONTENT = 60;

  private ErrorSamples() {}

  /**
   * One error. Immutable.
   *
   * @param document the gold document id
   * @param kind the gold form of a miss, or the predicted kind of a false alarm
   * @param rule the deciding rule of a false alarm; empty for a miss
   * @param start first code point of the content
   * @param end end of the content, in code points
   * @param context the content in {@code [[ ]]} with about 30 characters either side, on one line
   */
  record Sample(String document, String kind, String rule, int start, int end, String context) {}

  static List<Sample> misses(Scorer.Row row, int limit) {
    List<Sample> out = new ArrayList<>();
    for (Scorer.DocOutcome d : row.docs()) {
      for (int gi = 0; gi < d.golds().size() && out.size() < limit; gi++) {
        if (d.goldMatch()[gi] < 0) {
          GoldDocument.Relation g = d.golds().get(gi);
          out.add(sample(d.doc(), g.form(), "", g.content()));
        }
      }
    }
    return out;
  }

  static List<Sample> falseAlarms(Scorer.Row row, int limit) {
    List<Sample> out = new ArrayList<>();
    for (Scorer.DocOutcome d : row.docs()) {
      for (int pi = 0; pi < d.preds().size() && out.size() < limit; pi++) {
        if (d.predMatch()[pi] < 0 && !d.ignored()[pi]) {
          Prediction p = d.preds().get(pi);
          out.add(sample(d.doc(), p.kind(), p.rule(), p.spans()));
        }
      }
    }
    return out;
  }

  private static Sample sample(GoldDocument doc, String kind, String rule, List<CpSpan> spans) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (CpSpan s : spans) {
      start = Math.min(start, s.start());
      end = Math.max(end, s.end());
    }
    String text = doc.text();
    int cps = text.codePointCount(0, text.length());
    start = Math.min(start, cps);
    end = Math.max(start, Math.min(end, cps));
    String content = slice(text, start, end);
    if (content.codePointCount(0, content.length()) > CONTENT) {
      content = slice(content, 0, CONTENT / 2 - 1) + " … "
          + slice(content, content.codePointCount(0, content.length()) - CONTENT / 2 + 1,
              content.codePointCount(0, content.length()));
    }
    String left = slice(text, Math.max(0, start - CONTEXT), start);
    String right = slice(text, end, Math.min(cps, end + CONTEXT));
    String context = oneLine(left) + "[[" + oneLine(content) + "]]" + oneLine(right);
    return new Sample(doc.id(), kind, rule, start, end, context);
  }

  /** Code points {@code [from, to)} of {@code s}. */
  private static String slice(String s, int from, int to) {
    int a = s.offsetByCodePoints(0, from);
    return s.substring(a, s.offsetByCodePoints(a, to - from));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
