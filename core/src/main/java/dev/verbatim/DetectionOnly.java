package dev.verbatim;

import dev.verbatim.spi.Attribution;
import dev.verbatim.spi.AttributionRules;
import dev.verbatim.spi.QuoteDraft;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.SpeechHeuristic;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules used when no language module is present: every quotation that reads as speech is a direct
 * quote with no speaker. Immutable and thread-safe.
 */
final class DetectionOnly implements AttributionRules {
  static final String RULE = "detect.marks";
  static final String RULE_NON_SPEECH = "detect.non-speech";

  private final SpeechHeuristic heuristic;

  DetectionOnly(SpeechHeuristic heuristic) {
    this.heuristic = heuristic;
  }

  @Override
  public Attribution attribute(TextDocument doc, boolean reportNonSpeech) {
    List<QuoteSpan> spans = doc.quotes();
    List<QuoteDraft> out = new ArrayList<>(spans.size());
    int[] index = new int[spans.size()];
    for (QuoteSpan q : spans) {
      boolean speech = heuristic.looksLikeSpeech(doc, q);
      int parent = q.parent() >= 0 ? index[q.parent()] : -1;
      if (!speech && !reportNonSpeech) {
        index[q.id()] = parent; // children of a dropped quote belong to its parent
        continue;
      }
      int[] pieces = new int[2 * q.pieceCount()];
      for (int i = 0; i < q.pieceCount(); i++) {
        pieces[2 * i] = q.pieceStart(i);
        pieces[2 * i + 1] = q.pieceEnd(i);
      }
      index[q.id()] = out.size();
      out.add(new QuoteDraft(speech ? QuoteKind.DIRECT : QuoteKind.NON_SPEECH, pieces, parent,
          -1, -1, -1, -1, -1, 0.5, speech ? RULE : RULE_NON_SPEECH, q.unclosed()));
    }
    return new Attribution(out, List.of());
  }
}
