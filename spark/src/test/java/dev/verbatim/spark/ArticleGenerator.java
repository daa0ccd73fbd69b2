package dev.verbatim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news articles for the Spark tests and the throughput runs: a seeded mix of direct,
 * split, multi-paragraph, mixed and reported quotes by named people, organisations and anonymous
 * sources, with filler paragraphs, curly and straight marks, non-ASCII names and the odd unclosed
 * quote. Every sentence is made up here. Deterministic for a given seed.
 */
final class ArticleGenerator {
  /** One article: an id and its text. */
  record Article(String id, String text) {}

  private static final String[] FIRST = {"Marta", "Tobias", "Ines", "Kofi", "Yuki", "Anders",
      "Priya", "Lucas", "Greta", "Omar", "Zo\u00eb", "Ren\u00e9", "Halima", "Piotr"};
  private static final String[] LAST = {"Halvorsen", "Okafor", "Brennan", "Salgado", "Whitcombe",
      "Lindqvist", "Moreau", "Tanaka", "Abernethy", "Castellan", "N\u00fa\u00f1ez", "Dvo\u0159\u00e1k"};
  private static final String[] TITLES = {"Ms.", "Mr.", "Dr.", "Mayor", "Senator"};
  private static final String[] ROLES = {"the harbour master", "a council spokesperson",
      "the transport minister", "a union organiser", "the head of the school board"};
  private static final String[] ORGS = {"the Ministry of Transport", "Northgate Water",
      "the Harbour Authority", "Eastfield Council", "the Riverside Tenants' Union"};
  private static final String[] ANONYMOUS = {"an official familiar with the talks",
      "a person close to the negotiations", "two residents", "a senior engineer"};
  private static final String[] CUES = {"said", "told reporters", "added", "warned", "explained"};
  private static final String[] CLAIMS = {"we will open the bridge before the first snow",
      "the budget cannot stretch any further this year", "nobody here was consulted about the tunnel",
      "the pumps were never designed for a flood of this size",
      "our members are ready to return to work on Monday", "the ferry timetable will double in spring",
      "we have asked the auditors to look at every invoice", "the library will stay open on Sundays",
      "this plan costs less than repairing the old pier twice",
      "the data show fewer delays since the new signals went in"};
  private static final String[] FILLER = {"The meeting ran well past midnight.",
      "Residents packed the community hall on Thursday evening.",
      "The proposal goes to a second vote next month.",
      "Work on the eastern embankment began in March and is now two weeks behind schedule.",
      "Rain delayed the inspection by a day.",
      "Figures released on Monday showed traffic on the old road fell by a fifth.",
      "Several shops on the high street closed early.",
      "The council has published the full report on its website."};

  private final Random random;

  ArticleGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} articles with ids {@code prefix-0000} upwards. */
  List<Article> articles(String prefix, int count) {
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(new Article(String.format("%s-%04d", prefix, i), article()));
    }
    return out;
  }

  private String article() {
    List<String> paragraphs = new ArrayList<>();
    int n = 2 + random.nextInt(7);
    for (int p = 0; p < n; p++) {
      paragraphs.add(random.nextInt(3) == 0 ? pick(FILLER) + " " + pick(FILLER) : quoteParagraph());
    }
    return String.join(random.nextInt(4) == 0 ? "\n" : "\n\n", paragraphs);
  }

  private String quoteParagraph() {
    String name = pick(FIRST) + " " + pick(LAST);
    String last = name.substring(name.indexOf(' ') + 1);
    String claim = pick(CLAIMS);
    String other = pick(CLAIMS);
    boolean straight = random.nextInt(5) == 0;
    String open = straight ? "\"" : "\u201c";
    String close = straight ? "\"" : "\u201d";
    switch (random.nextInt(10)) {
      case 0:
        return open + cap(claim) + "," + close + " " + name + " " + pick(CUES) + ".";
      case 1:
        return name + ", " + pick(ROLES) + ", " + pick(CUES) + ": " + open + cap(claim) + "." + close;
      case 2:
        return open + cap(claim) + "," + close + " said " + pick(TITLES) + " " + last + ". " + open
            + cap(other) + "." + close;
      case 3:
        return cap(pick(ORGS)) + " said in a statement that " + claim + ".";
      case 4:
        return "According to " + name + ", " + claim + ".";
      case 5:
        return open + cap(claim) + "," + close + " " + pick(ANONYMOUS) + " said.";
      case 6:
        return pick(TITLES) + " " + last + " called the plan " + open + "a costly mistake" + close
            + " and said " + other + ".";
      case 7:
        // A quote that runs over two paragraphs: the first is left open, the second reopens.
        return open + cap(claim) + ". We said so in May.\n\n" + open + cap(other) + "," + close
            + " " + name + " " + pick(CUES) + ".";
      case 8:
        // An unclosed quote, as sloppy copy has it.
        return name + " " + pick(CUES) + ": " + open + cap(claim) + ".";
      default:
        return cap(pick(ROLES)) + ", " + name + ", " + pick(CUES) + " " + claim + ".";
    }
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
