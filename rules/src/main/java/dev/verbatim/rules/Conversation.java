package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The second look at a conversation, once every turn has its first guess: two speakers take turns,
 * so a line with no tag belongs to whoever is named two, four or six turns away, before it or after
 * it, whichever is nearer.
 *
 * <pre>
 *   “Is the gate shut?”               untagged: two turns before “Shut,” said Tom, so Tom
 *   “Which gate?”                     untagged: two turns before Nora’s line, so Nora
 *   “Shut,” said Tom.                 tagged: Tom
 *   “The garden gate,” Nora said.     tagged: Nora
 * </pre>
 *
 * A pronoun tag ({@code said he}) takes that speaker too when the gender agrees.
 * A conversation ends where a narrative paragraph separates two turns ({@link #BREAK}).
 * Two sweeps over the turns, one forward and one back: linear in the novel.
 */
final class Conversation {
  /** One paragraph's dialogue lines, its first decision and the speaker mention of each line. */
  record Turn(List<QuoteSpan> lines, int para, Turns.Decision decision, List<int @Nullable []> refs) {
    Turn with(Turns.Decision d, List<int @Nullable []> r) {
      return new Turn(lines, para, d, r);
    }
  }

  /** Characters between two turns beyond which they are not one conversation: a paragraph break. */
  static final int BREAK = 5;
  /** Most turns between a line and the named line whose speaker it takes. */
  static final int REACH = 12;

  private Conversation() {}

  /** Whether a turn's speaker is named where it is: the tag names her. */
  private static boolean anchor(Turns.Decision d) {
    return d.entity() >= 0 && d.kind() != null && (d.kind() == DialogueTag.Kind.NAME
        || d.kind() == DialogueTag.Kind.OTHER_NAME || d.kind() == DialogueTag.Kind.NARRATOR);
  }

  /** Whether a turn's speaker is named by a pronoun tag ({@code said he}). */
  private static boolean pronoun(Turns.Decision d) {
    return d.kind() == DialogueTag.Kind.PRONOUN;
  }

  /** Whether a turn's speaker is only a guess from the turns before it. */
  private static boolean guess(Turns.Decision d) {
    return d.rule().equals(FictionRules.TURN) || d.rule().equals(FictionRules.UNATTRIBUTED);
  }

  static void revise(TextDocument doc, List<Turn> turns, Turns state) {
    int n = turns.size();
    int[] conv = new int[n];
    for (int i = 1; i < n; i++) {
      int prevEnd = doc.paragraphEnd(turns.get(i - 1).para());
      int start = doc.paragraphStart(turns.get(i).para());
      conv[i] = conv[i - 1] + (start - prevEnd > BREAK ? 1 : 0);
    }
    // back[i]: nearest anchored turn before i at an even distance in the same conversation
    int[] back = new int[n];
    int[] last = {-1, -1};
    for (int i = 0; i < n; i++) {
      if (i > 0 && conv[i] != conv[i - 1]) {
        last[0] = last[1] = -1;
      }
      back[i] = last[i & 1];
      if (anchor(turns.get(i).decision())) {
        last[i & 1] = i;
      }
    }
    last[0] = last[1] = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1 && conv[i] != conv[i + 1]) {
        last[0] = last[1] = -1;
      }
      int fwd = last[i & 1];
      if (anchor(turns.get(i).decision())) {
        last[i & 1] = i;
      }
      Turn t = turns.get(i);
      int b = back[i] >= 0 && i - back[i] <= REACH ? back[i] : -1;
      int f = fwd >= 0 && fwd - i <= REACH ? fwd : -1;
      int pick = f >= 0 && (b < 0 || f - i < i - b) ? f : -1;
      if (pronoun(t.decision())) {
        int p = b < 0 ? f : f < 0 || i - b <= f - i ? b : f;
        Turns.Decision td = t.decision();
        if (p >= 0 && turns.get(p).decision().entity() != td.entity()
            && state.genderOf(turns.get(p).decision().entity()) == td.tagGender()) {
          int e = turns.get(p).decision().entity();
          turns.set(i, t.with(new Turns.Decision(e, td.cueStart(), td.cueEnd(), td.refStart(),
              td.refEnd(), td.rule(), td.confidence(), td.kind(), td.tagGender()), t.refs()));
        }
        continue;
      }
      if (!guess(t.decision()) || pick < 0) {
        continue;
      }
      Turn a = turns.get(pick);
      Turns.Decision ad = a.decision();
      Turns.Decision d = new Turns.Decision(ad.entity(), -1, -1, -1, -1, FictionRules.TURN, 0.5,
          null, Lexicons.Gender.UNKNOWN);
      int[] ref = a.refs().isEmpty() ? null : a.refs().get(0);
      turns.set(i, t.with(d, java.util.Collections.nCopies(t.lines().size(), ref)));
    }
  }
}
