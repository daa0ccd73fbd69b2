package dev.verbatim.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plain text and labelled transcripts. A line starting with a speaker label opens a turn;
 * unlabelled lines continue it. Weak (title-case) labels count only when the source has a strong
 * label or repeats a weak one, so prose like "Update: the vote..." stays prose. Stateless.
 */
final class TranscriptParser {
  private TranscriptParser() {}

  static SourceText parse(String name, String text) {
    List<int[]> lines = lines(text);
    SpeakerLabels.Label[] labels = new SpeakerLabels.Label[lines.size()];
    boolean strong = false;
    Map<String, Integer> weak = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = SpeakerLabels.find(text, lines.get(i)[0], lines.get(i)[1]);
      if (labels[i] != null) {
        strong |= labels[i].strong();
        if (!labels[i].strong()) {
          weak.merge(labels[i].name(), 1, Integer::sum);
        }
      }
    }
    boolean weakOk = strong || weak.values().stream().anyMatch(n -> n > 1);
    TurnBuilder turns = new TurnBuilder(text);
    boolean any = false;
    for (int i = 0; i < labels.length; i++) {
      SpeakerLabels.Label l = labels[i];
      int start = lines.get(i)[0];
      if (l != null && (l.strong() || weakOk)) {
        turns.speaker(l.name(), l.anonymous());
        start = l.contentStart();
        any = true;
      }
      turns.segment(start, lines.get(i)[1], null);
    }
    return new SourceText(name, text, any ? SourceFormat.TRANSCRIPT : SourceFormat.PLAIN,
        turns.build());
  }

  /** {@code [start, end)} of each line, without its line break. */
  static List<int[]> lines(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        if (i < text.length() || start < text.length()) {
          out.add(new int[] {start, end});
        }
        start = i + 1;
      }
    }
    return out;
  }
}
