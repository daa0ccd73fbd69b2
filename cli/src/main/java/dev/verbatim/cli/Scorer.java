package dev.verbatim.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores predictions against gold exactly as {@code ../shared/eval/score.py} does, one row at a time,
 * and keeps per-document outcomes so misses, false alarms and per-rule figures can be reported.
 * Stateless.
 */
final class Scorer {
  static final Set<String> SPEECH_KINDS = Set.of("direct", "mixed", "indirect");

  private Scorer() {}

  /**
   * What became of one document in one row.
   *
   * @param golds the gold relations of the row's forms
   * @param preds the predictions of the row's kinds
   * @param goldMatch for each gold relation, the matched prediction index, or -1
   * @param predMatch for each prediction, the matched gold index, or -1
   * @param ignored for each prediction, whether it is left out of the row (unmatched, inside a
   *     relation of another form)
   * @param speakerRight for each prediction, whether it is matched, its gold has a source or names,
   *     and the speaker is right
   */
  record DocOutcome(GoldDocument doc, List<GoldDocument.Relation> golds, List<Prediction> preds,
      int[] goldMatch, int[] predMatch, boolean[] ignored, boolean[] speakerRight) {}

  /** A scored row and the outcomes it was summed from, in gold-file order. */
  record Row(RowScore score, List<DocOutcome> docs) {}

  /**
   * Scores the gold relations whose form is in {@code goldForms} against the predictions whose kind
   * is in {@code predKinds}. Documents without predictions count as predicting nothing.
   */
  static Row score(Collection<GoldDocument> gold, Map<String, List<Prediction>> predictions,
      Set<String> goldForms, Set<String> predKinds) {
    int nGold = 0, nPred = 0, nIgnored = 0, goldSrc = 0;
    int tp = 0, tpSrc = 0, tpSpeaker = 0, tpNamed = 0, tpName = 0;
    List<DocOutcome> outcomes = new ArrayList<>();
    for (GoldDocument doc : gold) {
      List<GoldDocument.Relation> golds = new ArrayList<>();
      List<CpSpan> otherPieces = new ArrayList<>();
      for (GoldDocument.Relation r : doc.relations()) {
        if (goldForms.contains(r.form())) {
          golds.add(r);
        } else {
          otherPieces.addAll(r.content());
        }
      }
      BitSet others = CpSpan.chars(otherPieces);
      List<Prediction> ps = new ArrayList<>();
      for (Prediction p : predictions.getOrDefault(doc.id(), List.of())) {
        if (predKinds.contains(p.kind())) {
          ps.add(p);
        }
      }
      List<BitSet> goldChars = golds.stream().map(r -> CpSpan.chars(r.content())).toList();
      List<BitSet> predChars = ps.stream().map(p -> CpSpan.chars(p.spans())).toList();
      int[] goldMatch = filled(golds.size());
      int[] predMatch = filled(ps.size());
      boolean[] speakerRight = new boolean[ps.size()];
      for (Matcher.Pair m : Matcher.match(goldChars, predChars)) {
        goldMatch[m.gold()] = m.pred();
        predMatch[m.pred()] = m.gold();
        GoldDocument.Relation g = golds.get(m.gold());
        Prediction p = ps.get(m.pred());
        tp++;
        BitSet src = CpSpan.chars(g.source());
        List<String> names = g.speaker();
        boolean named = names != null && !names.isEmpty();
        if (!src.isEmpty() || named) {
          tpSrc++;
          // a source is matched by mention overlap; a floating quote (no source) by the name
          boolean right = !src.isEmpty() ? p.who().stream().anyMatch(w -> w.overlaps(src))
              : nameMatches(p.name(), names);
          if (right) {
            tpSpeaker++;
            speakerRight[m.pred()] = true;
          }
        }
        if (named) {
          tpNamed++;
          if (nameMatches(p.name(), names)) {
            tpName++;
          }
        }
      }
      boolean[] ignored = new boolean[ps.size()];
      int docIgnored = 0;
      for (int pi = 0; pi < ps.size(); pi++) {
        if (predMatch[pi] < 0 && predChars.get(pi).intersects(others)) {
          ignored[pi] = true;
          docIgnored++;
        }
      }
      nGold += golds.size();
      nPred += ps.size() - docIgnored;
      nIgnored += docIgnored;
      goldSrc += (int) golds.stream().filter(GoldDocument.Relation::hasSourceOrNames).count();
      outcomes.add(new DocOutcome(doc, golds, ps, goldMatch, predMatch, ignored, speakerRight));
    }
    RowScore s = new RowScore(nGold, nPred, nIgnored, goldSrc, tp, tpSrc, tpSpeaker, tpNamed,
        tpName);
    return new Row(s, List.copyOf(outcomes));
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    return a;
  }

  private static boolean nameMatches(@Nullable String name, @Nullable List<String> names) {
    if (names == null) {
      return false;
    }
    Set<String> normalized = new HashSet<>();
    for (String n : names) {
      normalized.add(norm(n));
    }
    return normalized.contains(norm(name));
  }

  /**
   * The reference scorer's {@code norm}: lower case, whitespace runs collapsed and trimmed (Python's
   * {@code str.split()} whitespace), a leading "the " dropped.
   */
  static String norm(@Nullable String name) {
    String lower = (name == null ? "" : name).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isPythonSpace(cp)) {
        gap = sb.length() > 0;
      } else {
        if (gap) {
          sb.append(' ');
          gap = false;
        }
        sb.appendCodePoint(cp);
      }
    }
    String s = sb.toString();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** Python's {@code str.isspace}: Unicode space separators plus the C0/C1 whitespace controls. */
  private static boolean isPythonSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }
}
