package dev.verbatim.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every source's words in one array, with a word-trigram index to find where a quote may come from.
 * The index is a sorted array of {@code hash << 24 | position} longs, so lookups are two binary
 * searches and building it is one primitive sort. Immutable after construction; built per check.
 */
final class Corpus {
  static final int MAX_WORDS = (1 << 24) - 1;
  private static final int POS_BITS = 24;

  final List<SourceText> sources;
  final int[] word; // vocabulary id of each word
  final int[] start;
  final int[] end;
  final int[] source; // which source
  final int[] turn; // turn index within its source
  final int[] segment; // segment index within its turn
  final boolean[] sentenceEnd;
  private final int[] sourceFirst; // first word of each source, plus the total at the end
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final long[] trigrams;
  private final int[] postingStart; // unigram postings, by word id (CSR layout)
  private final int[] postings;

  Corpus(List<SourceText> sources) {
    this.sources = List.copyOf(sources);
    Tokens all = new Tokens();
    int[] src = new int[16];
    int[] trn = new int[16];
    int[] seg = new int[16];
    sourceFirst = new int[sources.size() + 1];
    for (int s = 0; s < sources.size(); s++) {
      SourceText st = sources.get(s);
      sourceFirst[s] = all.size();
      Tokenizer.Mode mode = st.format() == SourceFormat.WEBVTT || st.format() == SourceFormat.SRT
          ? Tokenizer.Mode.SUBTITLE : Tokenizer.Mode.SOURCE;
      for (int t = 0; t < st.turns().size(); t++) {
        List<dev.verbatim.Span> segs = st.turns().get(t).segments();
        for (int g = 0; g < segs.size(); g++) {
          int before = all.size();
          Tokenizer.tokenize(st.text(), segs.get(g).start(), segs.get(g).end(), mode, all);
          if (all.size() > MAX_WORDS) {
            throw new IllegalArgumentException("the sources have more than " + MAX_WORDS
                + " words; check against fewer or smaller sources");
          }
          if (all.size() > src.length) {
            int cap = Math.max(all.size(), src.length * 2);
            src = Arrays.copyOf(src, cap);
            trn = Arrays.copyOf(trn, cap);
            seg = Arrays.copyOf(seg, cap);
          }
          Arrays.fill(src, before, all.size(), s);
          Arrays.fill(trn, before, all.size(), t);
          Arrays.fill(seg, before, all.size(), g);
        }
      }
    }
    int n = all.size();
    sourceFirst[sources.size()] = n;
    word = new int[n];
    start = new int[n];
    end = new int[n];
    sentenceEnd = new boolean[n];
    for (int i = 0; i < n; i++) {
      word[i] = vocabulary.computeIfAbsent(all.norm(i), k -> vocabulary.size());
      start[i] = all.start(i);
      end[i] = all.end(i);
      sentenceEnd[i] = all.sentenceEnd(i);
    }
    source = Arrays.copyOf(src, n);
    turn = Arrays.copyOf(trn, n);
    segment = Arrays.copyOf(seg, n);
    trigrams = buildTrigrams();
    postingStart = new int[vocabulary.size() + 1];
    for (int w : word) {
      postingStart[w + 1]++;
    }
    for (int v = 0; v < vocabulary.size(); v++) {
      postingStart[v + 1] += postingStart[v];
    }
    postings = new int[n];
    int[] fill = Arrays.copyOf(postingStart, vocabulary.size());
    for (int i = 0; i < n; i++) {
      postings[fill[word[i]]++] = i;
    }
  }

  private long[] buildTrigrams() {
    int n = word.length;
    long[] keys = new long[Math.max(0, n - 2)];
    int k = 0;
    for (int i = 0; i + 2 < n; i++) {
      if (source[i] == source[i + 2]) {
        keys[k++] = hash(word[i], word[i + 1], word[i + 2]) << POS_BITS | i;
      }
    }
    keys = Arrays.copyOf(keys, k);
    Arrays.sort(keys);
    return keys;
  }

  /** A 39-bit hash of three word ids; collisions only cost a wasted alignment. */
  private static long hash(int a, int b, int c) {
    long h = a * 0x9E3779B97F4A7C15L;
    h = (h ^ b) * 0xC2B2AE3D27D4EB4FL;
    h = (h ^ c) * 0x165667B19E3779F9L;
    return (h ^ (h >>> 29)) & ((1L << 39) - 1);
  }

  /** The vocabulary id of a normalised word, or -1 when no source has it. */
  int id(String norm) {
    Integer id = vocabulary.get(norm);
    return id == null ? -1 : id;
  }

  int size() {
    return word.length;
  }

  int sourceStart(int s) {
    return sourceFirst[s];
  }

  int sourceEnd(int s) {
    return sourceFirst[s + 1];
  }

  /** How many times word {@code id} occurs. */
  int frequency(int id) {
    return id < 0 ? 0 : postingStart[id + 1] - postingStart[id];
  }

  /** Position {@code k} of word {@code id}, for {@code k < frequency(id)}. */
  int occurrence(int id, int k) {
    return postings[postingStart[id] + k];
  }

  /** {@code [from, to)} indices into the trigram array for words {@code a b c}. */
  long trigramRange(int a, int b, int c) {
    long key = hash(a, b, c) << POS_BITS;
    int from = lowerBound(key);
    int to = lowerBound(key + (1L << POS_BITS));
    return (long) from << 32 | to;
  }

  /** The start position of trigram occurrence {@code k} (an index from {@link #trigramRange}). */
  int trigramPosition(int k) {
    return (int) (trigrams[k] & ((1L << POS_BITS) - 1));
  }

  private int lowerBound(long key) {
    int lo = 0;
    int hi = trigrams.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (trigrams[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
