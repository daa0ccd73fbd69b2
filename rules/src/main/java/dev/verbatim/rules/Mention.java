package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;

/**
 * A noun phrase that can speak: a name, pronoun, role, organisation, anonymous source or group.
 * Offsets are UTF-16; tokens are indices into the document's tokens. Immutable.
 *
 * @param start first char
 * @param end char after the last
 * @param firstTok first token
 * @param endTok token after the last
 * @param type what kind of phrase it is
 * @param gender grammatical or given-name gender, if known
 * @param plural whether it names several speakers
 * @param key what coreference matches on: a surname, a role head, an organisation name
 * @param name canonical text for the entity: the name without titles, or the phrase without "the"
 */
record Mention(int start, int end, int firstTok, int endTok, Type type, Gender gender,
    boolean plural, String key, String name) {

  enum Type { NAME, PRONOUN, ROLE, ORG, ANON, GROUP }

  boolean isPronoun() {
    return type == Type.PRONOUN;
  }
}
