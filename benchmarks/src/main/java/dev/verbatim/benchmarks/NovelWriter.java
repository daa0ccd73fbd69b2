package dev.verbatim.benchmarks;

import static dev.verbatim.benchmarks.NewsWords.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes an invented novel of about the requested size, shaped like the dialogue of real ones: scenes
 * of two or three characters, short lines with and without tags ({@code said Nora}, {@code returned
 * he}, {@code cried her aunt}), lines interrupted by their tag, characters acting before they speak,
 * vocatives, nested quotes, speeches over several paragraphs and narrative paragraphs between scenes.
 * The names are drawn from the news generator's lists, so the cast grows with the length of the book.
 */
final class NovelWriter {
  private static final List<String> LINES = List.of(
      "Is the gate shut?", "Not yet.", "Then who left it open?", "I cannot say.",
      "You never can, when it matters.", "That is hardly fair.", "Fair or not, it is true.",
      "Shall we walk down to the river before the light goes?", "If you like.",
      "I had a letter this morning, and it has put me out of temper for the whole day.",
      "Oh!", "Well?", "Nothing at all, I assure you.", "We shall see about that tomorrow.");
  private static final List<String> VERBS = List.of("said", "replied", "returned", "cried", "asked",
      "answered", "observed", "whispered");
  private static final List<String> ACTIONS = List.of("laughed", "turned to the window", "put down the cup",
      "looked up from the letter", "shook the rain from the coat");
  private static final List<String> RELATIONS = List.of("her aunt", "the old man", "his mother",
      "the latter", "the other");
  private static final List<String> NARRATIVE = List.of(
      "The afternoon wore on, and the shadows of the elms lengthened across the lawn.",
      "Nobody in the house slept well that night; the wind rattled every shutter.",
      "It was a week before the matter was spoken of again.");

  private final Random r;
  private final StringBuilder out = new StringBuilder();

  NovelWriter(Random r) {
    this.r = r;
  }

  String write(int size) {
    List<String[]> cast = new ArrayList<>();
    int chapter = 1;
    while (out.length() < size) {
      if (cast.size() < 6 || r.nextInt(4) == 0) {
        boolean female = r.nextBoolean();
        cast.add(new String[] {pick(r, female ? NewsWords.FIRST_FEMALE : NewsWords.FIRST_MALE),
            pick(r, NewsWords.SURNAMES), female ? "she" : "he"});
      }
      if (r.nextInt(12) == 0) {
        out.append("CHAPTER ").append(chapter++).append("\n\n");
      }
      String[] a = cast.get(r.nextInt(cast.size()));
      String[] b = cast.get(r.nextInt(cast.size()));
      out.append(a[0]).append(' ').append(a[1]).append(" met ").append(b[0])
          .append(" at the door. ").append(pick(r, NARRATIVE)).append("\n\n");
      int lines = 4 + r.nextInt(16);
      for (int i = 0; i < lines; i++) {
        String[] s = i % 2 == 0 ? a : b;
        String[] o = i % 2 == 0 ? b : a;
        line(s, o);
        out.append("\n\n");
      }
      out.append(pick(r, NARRATIVE)).append("\n\n");
    }
    return out.toString();
  }

  private void line(String[] s, String[] o) {
    String l = pick(r, LINES);
    switch (r.nextInt(10)) {
      case 0 -> out.append('"').append(l).append("\" said ").append(s[0]).append('.');
      case 1 -> out.append('"').append(l.replaceAll("[.?!]$", ",")).append("\" ")
          .append(pick(r, VERBS)).append(' ').append(s[2]).append('.');
      case 2 -> out.append('"').append(l.replaceAll("[.?!]$", ",")).append("\" ")
          .append(pick(r, VERBS)).append(' ').append(pick(r, RELATIONS)).append(". \"")
          .append(pick(r, LINES)).append('"');
      case 3 -> out.append(s[0]).append(' ').append(pick(r, ACTIONS)).append(". \"").append(l)
          .append('"');
      case 4 -> out.append('"').append(o[0]).append(", ").append(Character.toLowerCase(l.charAt(0)))
          .append(l.substring(1)).append('"');
      case 5 -> out.append("\u201C").append(l).append(" She told me \u2018never again\u2019 and meant it.\u201D");
      case 6 -> out.append('"').append(l).append("\n\n\"").append(pick(r, LINES)).append('"');
      default -> out.append('"').append(l).append('"');
    }
  }
}
