package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.text.QuoteMarkup;
import dev.verbatim.text.TextAnalyzer;
import dev.verbatim.text.TextDocument;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random Unicode dense in quote marks, through the detector and the engine: nothing throws and every
 * offset stays valid. Seeded, so a failure names a reproducible seed and iteration.
 */
class RandomisedDetectionTest {
  private static final long SEED = 0x5eed_c0de_2026L;
  private static final int ITERATIONS = 1500;

  /** Fragments weighted towards what trips a detector: marks, apostrophes, breaks, odd characters. */
  private static final String[] PIECES = {
      "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "〝", "〞",
      "〟", "＂", "\"", "“", "”", "’", "'",
      " ", " ", " ", " ", "\t", "\u00A0", "\u200B", "\u200C", "\uFEFF", "\n", "\n\n", "\r\n", "\r",
      "\r\n\r\n", "\u2029",
      "a", "word", "It", "s", "n", "tis", "90s", "Mr.", "U.S.", "Sept.", "said", "she", "Jones",
      ".", ",", "!", "?", ":", ";", "—", "-", "(", ")", "…",
      "😀", "\uD83D", "\uDE00", "\u0000", "\u0301", "é", "ß", "ا", "中",
  };

  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(new HashSet<>(TextAnalyzer.defaultAbbreviations()));
  private static final QuoteAttributor ENGINE =
      QuoteAttributor.builder().reportNonSpeech(true).build();

  @Test
  void randomTextsKeepEveryOffsetValid() {
    Random random = new Random(SEED);
    for (int it = 0; it < ITERATIONS; it++) {
      String text = randomText(random);
      String where = "iteration " + it + " of seed " + SEED + ": " + escape(text);
      try {
        checkDocument(ANALYZER.analyze(text));
        checkResult(text, ENGINE.attribute(text));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(where, e);
      }
    }
  }

  private static String randomText(Random random) {
    int n = random.nextInt(random.nextInt(10) == 0 ? 400 : 60);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (random.nextInt(8) == 0) {
        sb.append((char) random.nextInt(0x10000)); // anything, lone surrogates included
      } else {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return sb.toString();
  }

  private static void checkDocument(TextDocument doc) {
    int n = doc.text().length();
    QuoteMarkup.assertTree(doc.text(), doc.quotes().stream().map(QuoteMarkup.Q::of).toList());
    int prev = 0;
    for (int p = 0; p < doc.paragraphCount(); p++) {
      assertThat(doc.paragraphStart(p)).isGreaterThanOrEqualTo(prev);
      assertThat(doc.paragraphEnd(p)).isGreaterThan(doc.paragraphStart(p)).isLessThanOrEqualTo(n);
      prev = doc.paragraphEnd(p);
    }
    prev = 0;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      assertThat(doc.sentenceStart(s)).isGreaterThanOrEqualTo(prev);
      assertThat(doc.sentenceEnd(s)).isGreaterThan(doc.sentenceStart(s)).isLessThanOrEqualTo(n);
      int para = doc.sentenceParagraph(s);
      assertThat(doc.sentenceStart(s)).isGreaterThanOrEqualTo(doc.paragraphStart(para));
      assertThat(doc.sentenceEnd(s)).isLessThanOrEqualTo(doc.paragraphEnd(para));
      assertThat(doc.sentenceFirstToken(s)).isBetween(0, doc.tokenCount());
      assertThat(doc.sentenceEndToken(s)).isBetween(doc.sentenceFirstToken(s), doc.tokenCount());
      prev = doc.sentenceEnd(s);
    }
    prev = 0;
    for (int t = 0; t < doc.tokenCount(); t++) {
      assertThat(doc.tokenStart(t)).isGreaterThanOrEqualTo(prev);
      assertThat(doc.tokenEnd(t)).isGreaterThan(doc.tokenStart(t)).isLessThanOrEqualTo(n);
      prev = doc.tokenEnd(t);
    }
  }

  private static void checkResult(String text, AttributionResult r) {
    assertThat(r.text()).isSameAs(text);
    List<Quote> quotes = r.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      assertThat(q.index()).isEqualTo(i);
      int prev = 0;
      for (Span s : q.spans()) {
        assertThat(s.start()).isGreaterThanOrEqualTo(prev);
        assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
        assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        prev = s.end();
      }
      if (q.parent() != null) {
        Quote parent = quotes.get(q.parent());
        assertThat(q.parent()).isNotEqualTo(i);
        assertThat(q.start()).isGreaterThanOrEqualTo(parent.start());
        assertThat(q.end()).isLessThanOrEqualTo(parent.end());
      }
      assertThat(q.confidence()).isBetween(0.0, 1.0);
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
