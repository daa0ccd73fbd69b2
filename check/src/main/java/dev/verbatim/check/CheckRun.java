package dev.verbatim.check;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * One article checked against one corpus: matches each target, splits it by segment when the whole
 * does not match, then classifies and collects differences, speakers and context risks. Per-call
 * state; not thread-safe.
 */
final class CheckRun {
  /** Extra similarity a split must gain over the whole quote to be preferred. */
  private static final double SPLIT_GAIN = 0.05;

  private record Piece(int qa, int qb, Aligner.Alignment a) {}

  private final AttributionResult result;
  private final Corpus corpus;
  private final double threshold;
  private final int window;
  private final ContextCues cues;

  CheckRun(AttributionResult result, Corpus corpus, double threshold, int window, ContextCues cues) {
    this.result = result;
    this.corpus = corpus;
    this.threshold = threshold;
    this.window = window;
    this.cues = cues;
  }

  /** The check of one target, or {@code null} when it has no words to check. */
  @Nullable QuoteCheck check(ArticleTargets.Target t) {
    QuoteWords q = new QuoteWords(result.text(), t.spans(), corpus);
    int n = q.size();
    int words = q.words(0, n);
    if (words == 0) {
      return null;
    }
    Entity speaker = result.speakerOf(t.quote());
    IntPredicate preferred = p -> speaker != null && !conflicts(p, speaker);
    Aligner.Alignment whole = PassageFinder.best(q, 0, n, corpus, preferred);
    double wholeSim = whole == null ? 0 : whole.similarity();
    List<Piece> pieces = new ArrayList<>();
    if (whole != null) {
      pieces.add(new Piece(0, n, whole));
    }
    double sim = wholeSim;
    if ((whole == null || !whole.exact()) && q.segments() > 1) {
      List<Piece> split = new ArrayList<>();
      double weighted = 0;
      for (int s = 0; s < q.segments(); s++) {
        int qa = q.segmentStart[s];
        int qb = q.segmentStart[s + 1];
        Aligner.Alignment a = PassageFinder.best(q, qa, qb, corpus, preferred);
        if (a == null || a.similarity() < threshold) {
          split = null;
          break;
        }
        split.add(new Piece(qa, qb, a));
        weighted += a.similarity() * q.words(qa, qb);
      }
      if (split != null && weighted / words > wholeSim + SPLIT_GAIN) {
        pieces = split;
        sim = weighted / words;
      }
    }
    if (pieces.isEmpty() || sim < threshold) {
      return new QuoteCheck(t.quote().index(), t.quote().kind(), t.spans(), name(speaker),
          CheckClass.NOT_FOUND, EnumSet.of(CheckClass.NOT_FOUND), sim, List.of(), List.of(),
          List.of());
    }
    return classify(t, q, speaker, pieces, sim);
  }

  private QuoteCheck classify(ArticleTargets.Target t, QuoteWords q, @Nullable Entity speaker,
      List<Piece> pieces, double sim) {
    List<Passage> passages = new ArrayList<>();
    List<Difference> diffs = new ArrayList<>();
    List<ContextRisk> risks = new ArrayList<>();
    boolean altered = false;
    boolean misattributed = false;
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      passages.add(passage(t, q, p));
      Differences.collect(result.text(), q, corpus, p.a(), k, diffs);
      risks.addAll(cues.risks(corpus, p.a(), k, window));
      altered |= !p.a().exact();
      Passage last = passages.get(k);
      misattributed |= speaker != null && last.speaker() != null && !last.anonymousSpeaker()
          && SpeakerNames.conflict(last.speaker(), speaker);
    }
    boolean marked = q.wildcards(0, q.size(), Tokens.ELLIPSIS)
        + q.wildcards(0, q.size(), Tokens.INSERTION) > 0;
    CheckClass match = altered ? CheckClass.ALTERED
        : marked ? CheckClass.ELIDED : CheckClass.VERBATIM;
    Set<CheckClass> classes = EnumSet.of(match);
    if (misattributed) {
      classes.add(CheckClass.MISATTRIBUTED);
    }
    if (!risks.isEmpty()) {
      classes.add(CheckClass.OUT_OF_CONTEXT_RISK);
    }
    return new QuoteCheck(t.quote().index(), t.quote().kind(), t.spans(), name(speaker), match,
        classes, sim, passages, diffs, risks);
  }

  private Passage passage(ArticleTargets.Target t, QuoteWords q, Piece p) {
    Aligner.Alignment a = p.a();
    int first = a.sourceFrom();
    int last = Math.max(first, a.sourceTo() - 1);
    int s = corpus.source[first];
    SourceText src = corpus.sources.get(s);
    Turn turn = src.turns().get(corpus.turn[PassageFinder.firstMatch(a)]);
    Timing timing = null;
    Timing ft = src.turns().get(corpus.turn[first]).timing(corpus.segment[first]);
    Timing lt = src.turns().get(corpus.turn[last]).timing(corpus.segment[last]);
    if (ft != null && lt != null) {
      timing = ft.through(lt);
    }
    Span span = Span.of(src.text(), corpus.start[first],
        a.sourceTo() > first ? corpus.end[last] : corpus.start[first]);
    int from = q.start[p.qa()];
    int to = q.end[p.qb() - 1];
    List<Span> article = new ArrayList<>();
    for (Span sp : t.spans()) {
      int a0 = Math.max(sp.start(), from);
      int b0 = Math.min(sp.end(), to);
      if (b0 > a0) {
        article.add(Span.of(result.text(), a0, b0));
      }
    }
    return new Passage(s, src.name(), span, article, turn.speaker(), turn.anonymous(), timing,
        a.similarity());
  }

  /** Whether the named speaker of the turn holding corpus word {@code p} conflicts with the entity. */
  private boolean conflicts(int p, Entity speaker) {
    Turn turn = corpus.sources.get(corpus.source[p]).turns().get(corpus.turn[p]);
    return turn.speaker() != null && !turn.anonymous()
        && SpeakerNames.conflict(turn.speaker(), speaker);
  }

  private static @Nullable String name(@Nullable Entity e) {
    return e == null ? null : e.name();
  }
}
