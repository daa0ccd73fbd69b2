package dev.verbatim.check;

import dev.verbatim.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of one quote to check, as vocabulary ids of the corpus ({@code -1} for a word no source
 * has), with article offsets, wildcard marks and the segment boundaries (quote pieces and sentences)
 * used when a quote is split across sources. Immutable after construction; per-call.
 */
final class QuoteWords {
  final byte[] kind;
  final int[] id;
  final int[] start;
  final int[] end;
  /** Token index where each segment starts, plus the token count at the end. */
  final int[] segmentStart;

  QuoteWords(String article, List<Span> spans, Corpus corpus) {
    Tokens t = new Tokens();
    List<Integer> pieceStarts = new ArrayList<>();
    for (Span s : spans) {
      pieceStarts.add(t.size());
      Tokenizer.tokenize(article, s.start(), s.end(), Tokenizer.Mode.ARTICLE, t);
    }
    int n = t.size();
    kind = new byte[n];
    id = new int[n];
    start = new int[n];
    end = new int[n];
    List<Integer> segs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      kind[i] = t.kind(i);
      id[i] = t.kind(i) == Tokens.WORD ? corpus.id(t.norm(i)) : -1;
      start[i] = t.start(i);
      end[i] = t.end(i);
      boolean newSegment = i == 0 || pieceStarts.contains(i) || t.sentenceEnd(i - 1);
      if (newSegment && (segs.isEmpty() || words(segs.get(segs.size() - 1), i) > 0)) {
        segs.add(i);
      }
    }
    // A trailing segment without words joins the previous one.
    if (segs.size() > 1 && words(segs.get(segs.size() - 1), n) == 0) {
      segs.remove(segs.size() - 1);
    }
    segmentStart = new int[segs.size() + 1];
    for (int i = 0; i < segs.size(); i++) {
      segmentStart[i] = segs.get(i);
    }
    segmentStart[segs.size()] = n;
    if (segs.isEmpty()) {
      segmentStart[0] = 0;
    }
  }

  int size() {
    return kind.length;
  }

  int segments() {
    return segmentStart.length - 1;
  }

  /** Number of real words (not wildcards) in {@code [from, to)}. */
  int words(int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w += kind[i] == Tokens.WORD ? 1 : 0;
    }
    return w;
  }

  int wildcards(int from, int to, byte k) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w += kind[i] == k ? 1 : 0;
    }
    return w;
  }
}
