package dev.verbatim.benchmarks;

import static dev.verbatim.benchmarks.NewsWords.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes one news-style article with its gold attributions: direct quotes (curly or straight), quotes
 * split by their attribution, quotes running over several paragraphs, nested quotes, mixed and indirect
 * speech, {@code according to}, pronoun speakers, scare quotes, titles and apostrophes. Per-article
 * state; not thread-safe.
 */
final class ArticleWriter {
  private final Random r;
  private final GoldText g = new GoldText();
  private final List<Person> people = new ArrayList<>();
  private final boolean curly;

  ArticleWriter(Random r) {
    this.r = r;
    this.curly = r.nextInt(10) < 7;
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      people.add(new Person(r));
    }
  }

  GoldText write() {
    g.add(capitalise(pick(r, NewsWords.SUBJECTS)) + " " + pick(r, NewsWords.VERBS) + " "
        + pick(r, NewsWords.OBJECTS) + "\n\n");
    g.add(pick(r, NewsWords.PLACES) + " — ");
    indirectThat();
    int paragraphs = 14 + r.nextInt(18);
    for (int i = 0; i < paragraphs; i++) {
      g.add("\n\n");
      switch (r.nextInt(13)) {
        case 0, 1 -> directAfter();
        case 2 -> directBefore();
        case 3 -> splitQuote();
        case 4 -> multiParagraph();
        case 5 -> indirectThat();
        case 6 -> indirectAfter();
        case 7 -> accordingTo();
        case 8 -> mixed();
        case 9 -> nested();
        case 10 -> scareAndTitles();
        default -> narrative();
      }
    }
    g.add("\n");
    return g;
  }

  private String open() {
    return curly ? "\u201C" : "\"";
  }

  private String close() {
    return curly ? "\u201D" : "\"";
  }

  private Person person() {
    return people.get(r.nextInt(people.size()));
  }

  /** A whole quoted sentence, without its final punctuation. */
  private String quoteSentence() {
    return r.nextBoolean() ? pick(r, NewsWords.OPINIONS)
        : capitalise(pick(r, NewsWords.SUBJECTS)) + " " + pick(r, NewsWords.VERBS) + " "
            + pick(r, NewsWords.OBJECTS) + " " + pick(r, NewsWords.ADVERBIALS);
  }

  private String clause() {
    return pick(r, NewsWords.SUBJECTS) + " " + pick(r, NewsWords.VERBS) + " "
        + pick(r, NewsWords.OBJECTS) + " " + pick(r, NewsWords.ADVERBIALS);
  }

  /** Writes the speaker's mention (capitalised when it starts a sentence) and returns its span. */
  private int[] speaker(Person p, boolean sentenceStart) {
    boolean first = !p.introduced();
    String m = p.mention(r);
    int[] s = g.span(sentenceStart ? capitalise(m) : m);
    if (first) {
      g.add(p.appositive());
    }
    return s;
  }

  // “Quote,” Name said.   /   “Quote?” asked Name.
  private void directAfter() {
    String q = quoteSentence();
    int[] c = g.span(open() + q + (r.nextInt(5) == 0 ? "?" : ",") + close());
    g.add(" ");
    Person p = person();
    int[] src;
    int[] cue;
    if (r.nextInt(4) == 0 && p.introduced()) {
      cue = g.span("said");
      g.add(" ");
      src = g.span(p.last);
    } else {
      src = speaker(p, false);
      g.add(" ");
      cue = g.span(pick(r, NewsWords.SAY));
    }
    g.add(".");
    g.relation("direct", src, cue, c);
    if (r.nextBoolean()) {
      g.add(" ");
      narrativeSentence();
    }
  }

  // Name said: “Quote.”
  private void directBefore() {
    Person p = person();
    int[] src = speaker(p, true);
    g.add(" ");
    int[] cue = g.span("said");
    g.add(r.nextBoolean() ? ": " : ", ");
    int[] c = g.span(open() + quoteSentence() + "." + close());
    g.relation("direct", src, cue, c);
  }

  // “First part,” Name said. “Second part.”   /   “First part,” she said, “second part.”
  private void splitQuote() {
    int[] c1 = g.span(open() + quoteSentence() + "," + close());
    g.add(" ");
    int[] src = speaker(person(), false);
    g.add(" ");
    int[] cue = g.span("said");
    int[] c2;
    if (r.nextBoolean()) {
      g.add(". ");
      c2 = g.span(open() + quoteSentence() + ". " + quoteSentence() + "." + close());
    } else {
      g.add(", ");
      c2 = g.span(open() + clause() + "." + close());
    }
    g.relation("direct", src, cue, c1, c2);
  }

  // A quote that runs on: the first paragraph is left open and the next re-opens it.
  private void multiParagraph() {
    int[] c1 = g.span(open() + quoteSentence() + ". " + quoteSentence() + ".");
    g.add("\n\n");
    int[] c2 = g.span(open() + quoteSentence() + "," + close());
    g.add(" ");
    int[] src = speaker(person(), false);
    g.add(" ");
    int[] cue = g.span("added");
    g.add(".");
    g.relation("direct", src, cue, c1, c2);
  }

  // Name said that the council will review the plan.
  private void indirectThat() {
    int[] src = speaker(person(), true);
    g.add(" ");
    int[] cue = g.span(pick(r, NewsWords.REPORT));
    g.add(r.nextBoolean() ? " that " : " ");
    int[] c = g.span(clause());
    g.add(".");
    g.relation("indirect", src, cue, c);
  }

  // The council will review the plan, Name said.
  private void indirectAfter() {
    int[] c = g.span(capitalise(clause()));
    g.add(", ");
    boolean anonymous = r.nextInt(3) == 0;
    int[] src = anonymous ? g.span(pick(r, NewsWords.ANONYMOUS)) : speaker(person(), false);
    g.add(" ");
    int[] cue = g.span("said");
    g.add(".");
    g.relation("indirect", src, cue, c);
  }

  // According to the agency, the plan will ...
  private void accordingTo() {
    int[] cue = g.span("According to");
    g.add(" ");
    int[] src = g.span(pick(r, NewsWords.ORGS));
    g.add(", ");
    int[] c = g.span(clause());
    g.add(".");
    g.relation("indirect", src, cue, c);
  }

  // Name said the proposal was “dead on arrival.”
  private void mixed() {
    int[] src = speaker(person(), true);
    g.add(" ");
    int[] cue = g.span(pick(r, NewsWords.REPORT));
    g.add(" ");
    String words = pick(r, NewsWords.OPINIONS);
    words = Character.toLowerCase(words.charAt(0)) + words.substring(1);
    int[] c = g.span(pick(r, NewsWords.SUBJECTS) + " was " + open() + words + "." + close());
    g.relation("mixed", src, cue, c);
  }

  // “When I called, he told me ‘we are done here,’ and hung up,” Name said.
  private void nested() {
    int start = g.length();
    g.add(open() + "When I called the office, " + (r.nextBoolean() ? "he" : "they") + " ");
    g.add("told me ");
    String in = curly ? "\u2018" : "'";
    String out = curly ? "\u2019" : "'";
    g.add(in + "we're done here," + out);
    g.add(" and hung up," + close());
    int[] c = {start, g.length()};
    g.add(" ");
    int[] src = speaker(person(), false);
    g.add(" ");
    int[] cue = g.span("said");
    g.add(".");
    g.relation("direct", src, cue, c);
  }

  // Scare quotes and a title: no attribution.
  private void scareAndTitles() {
    g.add("Critics have mocked the so-called " + open() + pick(r, NewsWords.SCARE) + close()
        + " package, and the agency's 2025 report, " + open() + pick(r, NewsWords.WORK_TITLES)
        + "," + close() + " did little to settle the argument. Officials call the cuts "
        + open() + pick(r, NewsWords.SCARE) + close() + ".");
  }

  private void narrative() {
    narrativeSentence();
    g.add(" ");
    narrativeSentence();
  }

  private void narrativeSentence() {
    switch (r.nextInt(4)) {
      case 0 -> g.add(capitalise(clause()) + ".");
      case 1 -> g.add("The vote, set for 7:30 p.m., is the city's third since the '90s — and "
          + "it's far from certain.");
      case 2 -> g.add("Mr. " + pick(r, NewsWords.SURNAMES) + "'s office didn't respond to a "
          + "request for comment on Friday.");
      default -> g.add("About 41.5 percent of residents in the U.S. capital region rent, "
          + "up from 38 percent in 2019, figures show.");
    }
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
