package dev.verbatim.check;

import dev.verbatim.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The out-of-context heuristic: lexicon phrases (negations, reversals, distancing like "that's what
 * critics claim") looked for just before and after a passage within its turn, and among the source
 * words the quote drops. Immutable and thread-safe.
 */
final class ContextCues {
  private record Cue(boolean before, boolean after, String phrase, String[] words) {}

  private record Hit(ContextRisk.Where where, int from, int to, String phrase) {}

  private final List<Cue> cues;

  private ContextCues(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static List<String> defaultLines() {
    try (InputStream in = ContextCues.class.getResourceAsStream("context-cues.txt")) {
      if (in == null) {
        throw new IllegalStateException("context-cues.txt is missing from the verbatim-check jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read context-cues.txt from the jar", e);
    }
  }

  /**
   * Parses lexicon lines ({@code before: PHRASE}, {@code after: ...}, {@code either: ...}).
   *
   * @throws IllegalArgumentException naming the first line that is not in that form
   */
  static ContextCues parse(List<String> lines) {
    List<Cue> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String side = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String phrase = colon < 0 ? "" : line.substring(colon + 1).strip();
      Tokens t = new Tokens();
      Tokenizer.tokenize(phrase, 0, phrase.length(), Tokenizer.Mode.SOURCE, t);
      if (!List.of("before", "after", "either").contains(side) || t.size() == 0) {
        throw new IllegalArgumentException("context cue line " + (i + 1) + " \"" + line
            + "\" is not \"before: PHRASE\", \"after: PHRASE\" or \"either: PHRASE\"");
      }
      String[] words = new String[t.size()];
      for (int k = 0; k < words.length; k++) {
        words[k] = t.norm(k);
      }
      out.add(new Cue(!side.equals("after"), !side.equals("before"), phrase, words));
    }
    return new ContextCues(out);
  }

  /** The risks around one aligned passage. */
  List<ContextRisk> risks(Corpus c, Aligner.Alignment a, int passage, int window) {
    List<Hit> hits = new ArrayList<>();
    int from = a.sourceFrom();
    int to = a.sourceTo();
    if (to <= from) {
      return List.of();
    }
    List<Integer> before = new ArrayList<>();
    for (int p = from - 1; p >= 0 && sameTurn(c, p, from) && before.size() < window
        && !c.sentenceEnd[p]; p--) {
      before.add(0, p);
    }
    find(c, before, true, ContextRisk.Where.BEFORE, hits);
    List<Integer> after = new ArrayList<>();
    int ends = c.sentenceEnd[to - 1] ? 1 : 0;
    for (int p = to; p < c.size() && sameTurn(c, p, to - 1) && after.size() < window && ends < 2;
        p++) {
      after.add(p);
      ends += c.sentenceEnd[p] ? 1 : 0;
    }
    find(c, after, false, ContextRisk.Where.AFTER, hits);
    List<Integer> leftOut = new ArrayList<>();
    for (int k = 0; k < a.op().length; k++) {
      if (a.op()[k] == Aligner.DROP || a.op()[k] == Aligner.WILD) {
        for (int p = a.opFrom()[k]; p < a.opTo()[k]; p++) {
          leftOut.add(p);
        }
      }
    }
    find(c, leftOut, true, ContextRisk.Where.LEFT_OUT, hits);
    find(c, leftOut, false, ContextRisk.Where.LEFT_OUT, hits);
    return keepLongest(c, hits, passage);
  }

  private static boolean sameTurn(Corpus c, int p, int q) {
    return c.source[p] == c.source[q] && c.turn[p] == c.turn[q];
  }

  private void find(Corpus c, List<Integer> positions, boolean beforeSide,
      ContextRisk.Where where, List<Hit> hits) {
    for (Cue cue : cues) {
      if (beforeSide ? !cue.before() : !cue.after()) {
        continue;
      }
      for (int s = 0; s + cue.words().length <= positions.size(); s++) {
        boolean ok = true;
        for (int k = 0; k < cue.words().length && ok; k++) {
          int p = positions.get(s + k);
          ok = c.word[p] == c.id(cue.words()[k])
              && (k == 0 || p == positions.get(s + k - 1) + 1);
        }
        if (ok) {
          hits.add(new Hit(where, positions.get(s),
              positions.get(s + cue.words().length - 1) + 1, cue.phrase()));
        }
      }
    }
  }

  /** One risk per cue place: overlapping hits keep the longest phrase. */
  private static List<ContextRisk> keepLongest(Corpus c, List<Hit> hits, int passage) {
    hits.sort(Comparator.comparingInt((Hit h) -> h.to() - h.from()).reversed()
        .thenComparingInt(Hit::from));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      if (kept.stream().noneMatch(k -> k.from() < h.to() && h.from() < k.to())) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::from));
    List<ContextRisk> out = new ArrayList<>();
    for (Hit h : kept) {
      String text = c.sources.get(c.source[h.from()]).text();
      out.add(new ContextRisk(passage, h.where(),
          Span.of(text, c.start[h.from()], c.end[h.to() - 1]), h.phrase()));
    }
    return out;
  }
}
