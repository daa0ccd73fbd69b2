package dev.verbatim.benchmarks;

import static dev.verbatim.benchmarks.NewsWords.pick;

import java.util.Random;

/**
 * An invented person in one generated article, and the ways the article refers to them: in full with
 * title or role on first mention, then by honorific and surname, surname, or pronoun. Immutable apart
 * from whether they have been introduced yet, which only the writer of one article sees.
 */
final class Person {
  final String first;
  final String last;
  final boolean female;
  final String title; // "Sen." or null
  final String role; // "a spokeswoman for the agency" or null
  private boolean introduced;

  Person(Random r) {
    female = r.nextBoolean();
    first = pick(r, female ? NewsWords.FIRST_FEMALE : NewsWords.FIRST_MALE);
    last = pick(r, NewsWords.SURNAMES);
    if (r.nextInt(3) == 0) {
      title = pick(r, NewsWords.TITLES_BEFORE);
      role = null;
    } else {
      title = null;
      role = pick(r, NewsWords.ROLES) + " " + pick(r, NewsWords.ORGS);
    }
  }

  /** The mention to use now: the full introduction first, then a short form. */
  String mention(Random r) {
    if (!introduced) {
      introduced = true;
      return title != null ? title + " " + first + " " + last : first + " " + last;
    }
    return switch (r.nextInt(3)) {
      case 0 -> last;
      case 1 -> title != null ? title + " " + last : (female ? "Ms. " : "Mr. ") + last;
      default -> female ? "she" : "he";
    };
  }

  /** The appositive that follows a first mention (", a spokeswoman for X,"), or "". */
  String appositive() {
    return role == null ? "" : ", " + role + ",";
  }

  boolean introduced() {
    return introduced;
  }
}
