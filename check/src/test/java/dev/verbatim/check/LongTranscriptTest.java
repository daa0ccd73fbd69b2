package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import dev.verbatim.Quote;
import dev.verbatim.QuoteKind;
import dev.verbatim.Span;
import dev.verbatim.Speaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 50 quotes against a generated transcript of over 200,000 words: every one must be classified right,
 * and the time taken is printed (measured, not asserted: unit tests carry no wall-clock limits).
 */
class LongTranscriptTest {
  static final int WORDS = 200_000;

  @Test
  void fiftyQuotesAgainstA200kWordTranscript() {
    LongTranscript t = new LongTranscript(WORDS, 20261128L);
    assertThat(t.words).isGreaterThanOrEqualTo(WORDS);
    Random rnd = new Random(7);
    String[] foreign = LongTranscript.vocabulary(200, new String[] {"zy", "xo", "qe", "wh", "vu", "jy"}, rnd);
    StringBuilder art = new StringBuilder();
    List<int[]> quoteRanges = new ArrayList<>();
    List<Integer> speakerOf = new ArrayList<>();
    List<CheckClass> expected = new ArrayList<>();
    while (quoteRanges.size() < 50) {
      LongTranscript.Sentence s = t.sentences.get(rnd.nextInt(t.sentences.size()));
      if (s.turnLabel() >= 4 || s.words().size() < 10) {
        continue; // named speakers only, and long enough to elide
      }
      int i = quoteRanges.size();
      List<String> w = new ArrayList<>(s.words());
      int speaker = s.turnLabel();
      CheckClass want = switch (i % 5) {
        case 0 -> CheckClass.VERBATIM;
        case 1 -> {
          w.subList(3, 6).clear();
          w.add(3, "...");
          yield CheckClass.ELIDED;
        }
        case 2 -> {
          w.set(4, foreign[i]);
          yield CheckClass.ALTERED;
        }
        case 3 -> {
          for (int k = 0; k < w.size(); k++) {
            w.set(k, foreign[(i * 7 + k) % foreign.length]);
          }
          yield CheckClass.NOT_FOUND;
        }
        default -> {
          speaker = (speaker + 1) % 4;
          yield CheckClass.MISATTRIBUTED;
        }
      };
      String quote = "\u201C" + String.join(" ", w) + ",\u201D";
      int start = art.length();
      art.append(quote);
      quoteRanges.add(new int[] {start, art.length()});
      art.append(" said ").append(LongTranscript.NAMES[speaker]).append(".\n\n");
      speakerOf.add(speaker);
      expected.add(want);
    }
    String text = art.toString();
    AttributionResult attribution = attribution(text, quoteRanges, speakerOf);
    List<SourceText> sources = List.of(SourceText.parse("long.txt", t.text));
    QuoteChecker checker = QuoteChecker.builder().build();

    CheckReport report = checker.check(attribution, sources);
    assertThat(report.checks()).hasSize(50);
    for (int i = 0; i < 50; i++) {
      QuoteCheck c = report.checks().get(i);
      CheckClass want = expected.get(i);
      if (want == CheckClass.MISATTRIBUTED) {
        assertThat(c.classes()).as("quote %d", i)
            .containsExactly(CheckClass.VERBATIM, CheckClass.MISATTRIBUTED);
      } else {
        assertThat(c.classes()).as("quote %d", i).containsExactly(want);
      }
    }

    long[] ms = new long[7];
    for (int r = 0; r < ms.length; r++) {
      long t0 = System.nanoTime();
      checker.check(attribution, sources);
      ms[r] = (System.nanoTime() - t0) / 1_000_000;
    }
    Arrays.sort(ms);
    long t0 = System.nanoTime();
    SourceIndex index = SourceIndex.of(sources);
    long indexMs = (System.nanoTime() - t0) / 1_000_000;
    long[] matchMs = new long[7];
    for (int r = 0; r < matchMs.length; r++) {
      long t1 = System.nanoTime();
      assertThat(checker.check(attribution, index).checks()).hasSize(50);
      matchMs[r] = (System.nanoTime() - t1) / 1_000_000;
    }
    Arrays.sort(matchMs);
    System.out.printf("[measure] check of 50 quotes against a %,d-word transcript "
        + "(index build included), 7 runs after one warm-up: min %d ms, median %d ms, max %d ms; "
        + "index build alone %d ms; with the index reused, median %d ms%n",
        t.words, ms[0], ms[3], ms[6], indexMs, matchMs[3]);
  }

  private static AttributionResult attribution(String text, List<int[]> ranges,
      List<Integer> speakers) {
    List<List<Span>> mentions = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      mentions.add(new ArrayList<>());
    }
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      int sp = speakers.get(i);
      int at = text.indexOf(LongTranscript.NAMES[sp], ranges.get(i)[1]);
      Span mention = Span.of(text, at, at + LongTranscript.NAMES[sp].length());
      mentions.get(sp).add(mention);
      quotes.add(new Quote(i, QuoteKind.DIRECT,
          List.of(Span.of(text, ranges.get(i)[0], ranges.get(i)[1])), null, null,
          new Speaker(mention, sp), 0.9, "test", false));
    }
    List<Entity> entities = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      entities.add(new Entity(k, LongTranscript.NAMES[k], EntityType.PERSON,
          mentions.get(k).isEmpty() ? List.of(Span.of(text, 0, 1)) : mentions.get(k)));
    }
    return new AttributionResult(text, quotes, entities);
  }
}
