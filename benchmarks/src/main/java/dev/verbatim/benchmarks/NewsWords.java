package dev.verbatim.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * Invented word lists for the generated news corpus: people, titles, organisations, places and the
 * pieces clauses are built from. Every name is made up. Immutable; the {@link Random} passed in carries
 * all state, so a fixed seed gives a fixed corpus.
 */
final class NewsWords {
  private NewsWords() {}

  static final List<String> FIRST_MALE = List.of("Daniel", "Marcus", "Tomas", "Samuel", "Victor",
      "Owen", "Rafael", "Curtis", "Elliot", "Bernard", "Wesley", "Gordon", "Felix", "Darnell",
      "Hugo", "Ivan", "Nathaniel", "Roland");
  static final List<String> FIRST_FEMALE = List.of("Alicia", "Miriam", "Hannah", "Rosa", "Denise",
      "Priya", "Colette", "Lorna", "Yvonne", "Teresa", "Imogen", "Beatrix", "Naomi", "Greta",
      "Sylvia", "Corinne", "Lucia", "Wanda");
  static final List<String> SURNAMES = List.of("Okafor", "Lindqvist", "Brannigan", "Castellano",
      "Whitmore", "Delacroix", "Haverford", "Nakamura", "Petrakis", "Ostrowski", "Fairbanks",
      "Montague", "Reyes", "Abernathy", "Kowalczyk", "Thornbury", "Vance", "Mbeki", "O'Donnell",
      "Sutherland", "Ferreira", "Gallagher", "Hollis", "Iverson", "Jablonski", "Kettering",
      "Lockhart", "Marchetti", "Novak", "Pemberton");
  static final List<String> TITLES_BEFORE = List.of("Sen.", "Rep.", "Gov.", "Dr.", "Mayor",
      "Judge", "Gen.", "Prof.", "Secretary", "Chief Inspector", "Commissioner");
  static final List<String> ROLES = List.of("a spokeswoman for", "a spokesman for",
      "the chief economist at", "a senior adviser to", "the director of", "a lawyer for",
      "the deputy chair of", "an analyst at", "the treasurer of", "a board member of");
  static final List<String> ORGS = List.of("the Harbor Transit Authority", "Northgate Holdings",
      "the Department of Water Resources", "the Civic Data Institute", "Brightline Energy Co.",
      "the State Board of Elections", "Meridian Health Systems", "the National Parks Alliance",
      "the Federal Housing Office", "Ridgeway & Partners LLC", "the U.S. Census Bureau",
      "the Riverside Teachers' Union", "St. Clement's Hospital");
  static final List<String> ANONYMOUS = List.of("a senior official", "two people familiar with the talks",
      "a campaign aide", "officials", "a person briefed on the matter", "analysts", "residents");
  static final List<String> PLACES = List.of("WASHINGTON", "CHICAGO", "DENVER", "PORTLAND, Ore.",
      "ALBANY, N.Y.", "SACRAMENTO, Calif.", "AUSTIN, Texas", "BOSTON", "ATLANTA", "COLUMBUS, Ohio");
  static final List<String> SUBJECTS = List.of("the council", "the agency", "the new budget",
      "the company", "the proposal", "the committee", "voters in the district", "the governor's office",
      "the plan", "local businesses", "the administration", "the union", "the board", "the city");
  static final List<String> VERBS = List.of("will review", "has rejected", "is weighing",
      "could delay", "must fund", "plans to expand", "has promised", "won't approve", "wants to cut",
      "is expected to announce", "can't ignore", "should reconsider", "has already spent",
      "may revisit", "is prepared to defend");
  static final List<String> OBJECTS = List.of("the tax increase", "the bridge repairs",
      "a $4.2 million contract", "the zoning changes", "the pension fund's losses",
      "a 12 percent rate rise", "the school closures", "the water-treatment upgrade",
      "its hiring freeze", "the 2027 election calendar", "the emergency loan", "the park's ’90s-era fees",
      "a rock 'n' roll festival permit", "the long-term lease", "nearly 3,400 new housing units");
  static final List<String> ADVERBIALS = List.of("before the end of the year", "by Jan. 15",
      "next week", "at a 9 a.m. hearing on Tuesday", "in the coming months", "without a public vote",
      "after months of negotiation", "as soon as possible", "despite strong objections",
      "in the U.S. and abroad", "within 30 days", "over the objections of Mr. Hale's staff");
  static final List<String> OPINIONS = List.of("This is not what we promised people",
      "We've been clear from the start", "Nobody should be surprised by this",
      "I don't think it's fair to the families who live here", "It's a mistake, plain and simple",
      "We are going to keep fighting", "Frankly, the numbers don't add up",
      "That's the whole point", "I'm proud of what we've done", "There's still a lot of work to do",
      "We can't afford to wait", "Let me be very clear about that", "It was a long night",
      "They knew exactly what they were doing");
  static final List<String> SCARE = List.of("reform", "efficiency", "temporary", "voluntary",
      "consultation", "cleanup", "savings", "transparency");
  static final List<String> WORK_TITLES = List.of("A Plan for Tomorrow", "Rivers of Concrete",
      "The Cost of Waiting", "Open Doors, Open Books", "Night Shift");
  static final List<String> SAY = List.of("said", "said", "said", "told reporters", "added",
      "argued", "explained", "wrote in a statement", "recalled", "insisted");
  static final List<String> REPORT = List.of("said", "said", "announced", "warned", "acknowledged",
      "claimed", "noted", "told The Ledger", "confirmed");

  static String pick(Random r, List<String> words) {
    return words.get(r.nextInt(words.size()));
  }
}
