package dev.verbatim.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The counts and figures of one scored row ({@code direct} or {@code all}), with the same names,
 * formulas and formatting as the reference scorer. Immutable and thread-safe.
 *
 * @param gold gold relations of the row's forms
 * @param pred predictions of the row's kinds, minus the ignored ones
 * @param ignored unmatched predictions lying inside a gold relation of another form
 * @param goldSrc gold relations with a source or speaker names
 * @param tp matched predictions
 * @param tpSrc matched predictions whose gold has a source or names
 * @param tpSpeaker those with the speaker right
 * @param tpNamed matched predictions whose gold names the speaker
 * @param tpName those with the name right
 */
record RowScore(int gold, int pred, int ignored, int goldSrc, int tp, int tpSrc, int tpSpeaker,
    int tpNamed, int tpName) {

  double detectP() {
    return ratio(tp, pred);
  }

  double detectR() {
    return ratio(tp, gold);
  }

  double detectF1() {
    return f1(detectP(), detectR());
  }

  double speakerAcc() {
    return ratio(tpSpeaker, tpSrc);
  }

  double e2eP() {
    return ratio(tpSpeaker, pred);
  }

  double e2eR() {
    return ratio(tpSpeaker, goldSrc);
  }

  double e2eF1() {
    return f1(e2eP(), e2eR());
  }

  /** Name accuracy, or {@code null} when no matched gold relation names its speaker. */
  @Nullable Double nameAcc() {
    return tpNamed == 0 ? null : (double) tpName / tpNamed;
  }

  private static double ratio(int num, int den) {
    return den == 0 ? 0.0 : (double) num / den;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The row as {@code score.py} prints it, e.g. {@code direct  gold   356 pred   535 | ...}. */
  String line(String name) {
    String s = String.format("%-7s gold %5d pred %5d | detect P %s R %s F1 %s | speaker acc %s "
            + "| end-to-end P %s R %s F1 %s", name, gold, pred, f3(detectP()), f3(detectR()),
        f3(detectF1()), f3(speakerAcc()), f3(e2eP()), f3(e2eR()), f3(e2eF1()));
    Double nameAcc = nameAcc();
    return nameAcc == null ? s : s + " | name acc " + f3(nameAcc);
  }

  /**
   * The figures under {@code score.py --json}'s keys, in its order. Like the reference, {@code
   * tp_name} is present only when some matched relation names its speaker.
   */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", gold);
    m.put("pred", pred);
    m.put("ignored", ignored);
    m.put("gold_src", goldSrc);
    m.put("tp", tp);
    m.put("tp_src", tpSrc);
    m.put("tp_speaker", tpSpeaker);
    m.put("tp_named", tpNamed);
    if (tpNamed > 0) {
      m.put("tp_name", tpName);
    }
    m.put("detect_p", detectP());
    m.put("detect_r", detectR());
    m.put("detect_f1", detectF1());
    m.put("speaker_acc", speakerAcc());
    m.put("e2e_p", e2eP());
    m.put("e2e_r", e2eR());
    m.put("e2e_f1", e2eF1());
    m.put("name_acc", nameAcc());
    return m;
  }

  /**
   * Python's {@code format(x, '.3f')}: the exact binary value rounded half-even, which is not what
   * {@code String.format} does (it would print 0.0625 as 0.063, Python as 0.062).
   */
  static String f3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }
}
