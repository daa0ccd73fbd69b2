package dev.verbatim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic transcript of made-up words: labelled turns of sentences, with a Zipf-like
 * word distribution so common words repeat as in speech. Same seed, same text.
 */
final class LongTranscript {
  static final String[] LABELS = {"NAVARRO", "HALE", "GRANT", "DIAZ", "Q", "A"};
  static final String[] NAMES = {"Elena Navarro", "Tom Hale", "Ruth Grant", "Omar Diaz"};

  record Sentence(int turnLabel, List<String> words) {
    String text() {
      String s = String.join(" ", words);
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  final String text;
  final List<Sentence> sentences = new ArrayList<>();
  final int words;

  LongTranscript(int minWords, long seed) {
    Random rnd = new Random(seed);
    String[] vocab = vocabulary(3000, new String[] {"ba", "ko", "ri", "mu", "te", "sa", "lo",
        "ni", "pe", "da", "fu", "gi"}, rnd);
    StringBuilder sb = new StringBuilder();
    int count = 0;
    while (count < minWords) {
      int label = rnd.nextInt(LABELS.length);
      sb.append(LABELS[label]).append(": ");
      int n = 1 + rnd.nextInt(4);
      for (int s = 0; s < n; s++) {
        List<String> w = new ArrayList<>();
        int len = 8 + rnd.nextInt(13);
        for (int k = 0; k < len; k++) {
          double u = rnd.nextDouble();
          w.add(vocab[(int) (vocab.length * u * u)]);
        }
        Sentence sentence = new Sentence(label, w);
        sentences.add(sentence);
        sb.append(sentence.text()).append(s + 1 < n ? ". " : ".\n");
        count += len;
      }
    }
    text = sb.toString();
    words = count;
  }

  /** {@code n} distinct made-up words of one to four {@code syllables}. */
  static String[] vocabulary(int n, String[] syllables, Random rnd) {
    if (4L * n > (long) Math.pow(syllables.length, 4)) { // keep the rejection loop short
      throw new IllegalArgumentException("too few syllables for " + n + " distinct words");
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n) {
      StringBuilder w = new StringBuilder();
      int len = 1 + rnd.nextInt(4);
      for (int k = 0; k < len; k++) {
        w.append(syllables[rnd.nextInt(syllables.length)]);
      }
      out.add(w.toString());
    }
    return out.toArray(new String[0]);
  }
}
