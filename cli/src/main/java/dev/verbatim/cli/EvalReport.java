package dev.verbatim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats the result of {@code verbatim eval}: the reference scorer's two rows, the per-rule
 * breakdown of the {@code all} row and, on request, error samples. Immutable and thread-safe.
 *
 * @param direct the {@code direct} row
 * @param all the {@code all} row
 * @param rules per-rule figures of the {@code all} row
 * @param misses the first misses of the {@code all} row (empty unless asked for)
 * @param falseAlarms the first false alarms of the {@code all} row (empty unless asked for)
 * @param quoteTypes speaker acc of the {@code all} row by the gold's {@code quote_type} (empty when
 *     the gold has none)
 */
record EvalReport(RowScore direct, RowScore all, List<RuleBreakdown.RuleFigures> rules,
    List<ErrorSamples.Sample> misses, List<ErrorSamples.Sample> falseAlarms,
    List<QuoteTypeBreakdown.TypeFigures> quoteTypes) {

  static EvalReport of(Scorer.Row direct, Scorer.Row all, int errors) {
    return new EvalReport(direct.score(), all.score(), RuleBreakdown.of(all),
        ErrorSamples.misses(all, errors), ErrorSamples.falseAlarms(all, errors),
        QuoteTypeBreakdown.of(all));
  }

  /** Plain text: the two rows exactly as {@code score.py} prints them, then the extras. */
  String text(boolean withErrors) {
    StringBuilder sb = new StringBuilder();
    sb.append(direct.line("direct")).append('\n');
    sb.append(all.line("all")).append('\n');
    if (!quoteTypes.isEmpty()) {
      sb.append("\nspeaker acc by quote_type (all row)\n");
      for (QuoteTypeBreakdown.TypeFigures t : quoteTypes) {
        sb.append(String.format("  %-10s matched %5d right %5d acc %s%n", t.type(), t.matched(),
            t.speakerRight(), RowScore.f3(t.accuracy())));
      }
    }
    sb.append("\nper rule (all row)\n");
    int w = Math.max(4, rules.stream().mapToInt(r -> r.rule().length()).max().orElse(4));
    sb.append(String.format("  %-" + w + "s %6s %8s %10s %14s%n", "rule", "pred", "matched",
        "precision", "speaker right"));
    for (RuleBreakdown.RuleFigures r : rules) {
      sb.append(String.format("  %-" + w + "s %6d %8d %10s %14d%n", r.rule(), r.predictions(),
          r.matched(), RowScore.f3(r.precision()), r.speakerRight()));
    }
    if (withErrors) {
      appendSamples(sb, "misses (all row: gold relations nothing matched)", misses, false);
      appendSamples(sb, "false alarms (all row: predictions that matched nothing)", falseAlarms,
          true);
    }
    return sb.toString();
  }

  private static void appendSamples(StringBuilder sb, String title, List<ErrorSamples.Sample> list,
      boolean withRule) {
    sb.append('\n').append(title).append(": ").append(list.size()).append('\n');
    for (ErrorSamples.Sample s : list) {
      sb.append("  ").append(s.document()).append(" [").append(s.start()).append(',')
          .append(s.end()).append(") ").append(s.kind());
      if (withRule) {
        sb.append(" by ").append(s.rule());
      }
      sb.append("\n      ").append(s.context()).append('\n');
    }
  }

  /** One JSON object: {@code direct} and {@code all} with {@code score.py --json}'s keys, and more. */
  String json(boolean withErrors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("direct", direct.toMap());
    m.put("all", all.toMap());
    List<Map<String, Object>> rs = new ArrayList<>();
    for (RuleBreakdown.RuleFigures r : rules) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("rule", r.rule());
      o.put("predictions", r.predictions());
      o.put("matched", r.matched());
      o.put("precision", r.precision());
      o.put("speaker_right", r.speakerRight());
      rs.add(o);
    }
    m.put("rules", rs);
    if (!quoteTypes.isEmpty()) {
      Map<String, Object> types = new LinkedHashMap<>();
      for (QuoteTypeBreakdown.TypeFigures t : quoteTypes) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("matched", t.matched());
        o.put("speaker_right", t.speakerRight());
        o.put("speaker_acc", t.accuracy());
        types.put(t.type(), o);
      }
      m.put("quote_types", types);
    }
    if (withErrors) {
      m.put("misses", misses);
      m.put("false_alarms", falseAlarms);
    }
    try {
      return new ObjectMapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
