package dev.verbatim.reliability;

import dev.verbatim.text.QuoteMarks;
import java.util.Random;

/**
 * Seeded generators of test documents: invented news prose with direct, nested and multi-paragraph
 * quotes, and the ways real input goes wrong (marks lost or doubled, hostile characters, mixed line
 * endings). Every sentence is made up here. All methods are pure functions of the {@link Random}.
 */
public final class NewsText {
  private NewsText() {}

  /** Every character {@link QuoteMarks} treats as a quote mark or apostrophe, in code order. */
  public static final String MARKS = allMarks();

  /** Characters that break naive text code: NUL, controls, lone surrogates, bidi and zero-width. */
  public static final String HOSTILE = "\u0000\u0001\u0007\b\t\u000B\f\u001B\u007F\u0085\u009F"
      + "\uD800\uDBFF\uDC00\uDFFF\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
      + "\u2066\u2067\u2068\u2069\u2060\uFEFF\uFFFE\uFFFF\uFFFD\u2028\u2029\u00A0\u3000\u0301";

  private static final String[] NAMES = {"Ana Ruiz", "Tomas Okafor", "Mei Lindqvist",
      "Dr. Priya Haldane", "Sen. Walter Brisco", "Gov. Elena Marchetti", "the ministry",
      "a spokeswoman for the port authority", "Mr. Okafor", "Ms. Ruiz", "she", "he", "they",
      "officials", "the union", "Kestrel Mining Inc.", "a source familiar with the talks"};
  private static final String[] CUES = {"said", "told reporters", "added", "warned", "wrote",
      "said on Tuesday", "insisted", "argued", "explained", "said in a statement"};
  private static final String[] CLAUSES = {"we will not accept these terms", "the bridge will "
      + "reopen in March", "nobody told us anything", "it's a disaster for the town", "the "
      + "numbers don't add up", "I have never seen anything like it", "we're going to fight this "
      + "in court", "the plan was dead on arrival", "our members voted 212 to 9 to strike",
      "there is no money left for the '90s-era pumps", "it will cost $4.5 million, maybe more",
      "rock 'n' roll never paid the rent", "the water is safe to drink"};
  private static final String[] NARRATION = {"The council met for three hours on Monday night.",
      "Prices rose 3.2% in the year to June, the U.S. agency reported.", "The vote was delayed "
      + "until Sept. 14.", "Residents lined the road outside the plant.", "Shares fell 7% in "
      + "early trading.", "The so-called \u201Creform\u201D has been shelved twice.", "Talks "
      + "resumed at 9 a.m. in the workers' hall.", "Nobody was hurt, according to police."};

  private static String allMarks() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (QuoteMarks.isMark(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Invented news of roughly {@code chars} characters, paragraphs separated by blank lines. */
  public static String news(Random r, int chars) {
    StringBuilder sb = new StringBuilder(chars + 400);
    while (sb.length() < chars) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      paragraph(r, sb);
    }
    return sb.toString();
  }

  private static void paragraph(Random r, StringBuilder sb) {
    String who = pick(r, NAMES);
    String cue = pick(r, CUES);
    String said = pick(r, CLAUSES);
    switch (r.nextInt(9)) {
      case 0 -> sb.append('\u201C').append(capital(said)).append(",\u201D ").append(who)
          .append(' ').append(cue).append('.');
      case 1 -> sb.append(capital(who)).append(' ').append(cue).append(": \u201C")
          .append(capital(said)).append(".\u201D");
      case 2 -> sb.append('\u201C').append(capital(said)).append(",\u201D ").append(cue)
          .append(' ').append(who).append(". \u201C").append(capital(pick(r, CLAUSES)))
          .append(".\u201D");
      case 3 -> sb.append(capital(who)).append(' ').append(cue).append(" that ").append(said)
          .append('.');
      case 4 -> sb.append('"').append(capital(said)).append(", and as the mayor put it, 'enough "
          + "is enough,'\" ").append(who).append(' ').append(cue).append('.');
      case 5 -> sb.append("\u201C").append(capital(said)).append(".\n\n\u201C")
          .append(capital(pick(r, CLAUSES))).append(",\u201D ").append(who).append(' ')
          .append(cue).append('.');
      case 6 -> sb.append(capital(who)).append(" called the deal \u201Ca betrayal\u201D and ")
          .append(cue).append(" the ").append(pick(r, new String[] {"\u2018fine print\u2019",
              "'fine print'", "\u00ABfine print\u00BB"})).append(" hid the cost.");
      case 7 -> sb.append("\u00AB").append(capital(said)).append(",\u00BB ").append(who)
          .append(' ').append(cue).append('.');
      default -> sb.append(pick(r, NARRATION)).append(' ').append(pick(r, NARRATION));
    }
  }

  /** {@code s} with quote marks randomly deleted, doubled or swapped for another mark. */
  public static String mutateMarks(Random r, String s, double rate) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!QuoteMarks.isMark(c) || r.nextDouble() >= rate) {
        sb.append(c);
        continue;
      }
      switch (r.nextInt(3)) {
        case 0 -> { } // deleted
        case 1 -> sb.append(c).append(c);
        default -> sb.append(MARKS.charAt(r.nextInt(MARKS.length())));
      }
    }
    return sb.toString();
  }

  /** {@code s} with hostile characters inserted at random places, about one per {@code every}. */
  public static String sprinkle(Random r, String s, String chars, int every) {
    StringBuilder sb = new StringBuilder(s.length() + s.length() / every + 4);
    for (int i = 0; i < s.length(); i++) {
      if (r.nextInt(every) == 0) {
        sb.append(chars.charAt(r.nextInt(chars.length())));
      }
      sb.append(s.charAt(i));
    }
    if (r.nextBoolean()) {
      sb.append(chars.charAt(r.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** {@code s} with each line break replaced by one of LF, CRLF, CR, NEL, LS or PS, at random. */
  public static String lineEndings(Random r, String s) {
    String[] endings = {"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\n\r"};
    boolean one = r.nextBoolean(); // one style for the whole text, or a mix
    String fixed = endings[r.nextInt(endings.length)];
    StringBuilder sb = new StringBuilder(s.length() + 64);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '\n' ? (one ? fixed : endings[r.nextInt(endings.length)]) : String.valueOf(c));
    }
    return sb.toString();
  }

  /** {@code len} characters drawn from {@code alphabet}. */
  public static String soup(Random r, String alphabet, int len) {
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** {@code len} UTF-16 units of arbitrary code points from every plane, with lone surrogates. */
  public static String anyUnicode(Random r, int len) {
    StringBuilder sb = new StringBuilder(len + 1);
    while (sb.length() < len) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        sb.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate, high or low
      } else if (kind < 3) {
        sb.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
      } else if (kind < 5) {
        sb.append(MARKS.charAt(r.nextInt(MARKS.length())));
      } else {
        sb.append((char) r.nextInt(0x3000)); // Latin, Greek, Cyrillic, Arabic, Indic, punctuation
      }
    }
    return sb.toString();
  }
}
