package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;

/**
 * Whether a speaker phrase can speak at all. A name, a pronoun, a role, an organisation, a group or
 * an unnamed source can; so can a document or finding ({@code the report}, {@code a new poll}) and
 * the nouns of {@code speaking-nouns.txt} ({@code 40 percent}, {@code the majority}). A phrase headed
 * by any other lower-case noun cannot: a time ({@code last week}), an event ({@code the call}, {@code
 * the meeting}), a quality ({@code the timing}).
 *
 * <p>Only risky cues consult it, since with them a thing as subject is the usual reading:
 *
 * <pre>
 *   The timing indicates they were working together.     (no attribution)
 *   The call underscored the island's need for grain.    (no attribution)
 *   The survey showed that most residents back the plan. (the survey speaks)
 * </pre>
 *
 * Stateless.
 */
final class Animacy {
  private Animacy() {}

  /** Whether {@code m} names something that can speak. */
  static boolean canSpeak(Lexicons lex, Mention m) {
    if (m.type() != Mention.Type.ORG || m.gender() != Gender.UNKNOWN) {
      return true; // names, pronouns, roles, groups, unnamed sources, named organisations
    }
    String key = m.key();
    for (int i = 0; i < key.length(); i++) {
      if (Character.isDigit(key.charAt(i))) {
        return true; // "26 percent", "a 2015 study"
      }
    }
    return lex.documentHeads.contains(key) || lex.speakingNouns.contains(key)
        || lex.anonymousHeads.contains(key) || lex.orgHeads.contains(key)
        || lex.roleNouns.containsKey(key);
  }

  /** Whether {@code speaker} may speak at {@code cue}: risky cues need one that can speak. */
  static boolean allows(Lexicons lex, Cue cue, Mention speaker) {
    return !cue.risky() || canSpeak(lex, speaker);
  }
}
