package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.CueVerb;
import org.jspecify.annotations.Nullable;

/**
 * An attribution cue found in the text: a verb ({@code said}), a phrasal verb ({@code pointed out}) or
 * a multi-word cue ({@code according to}). Immutable.
 *
 * @param firstTok first token of the cue
 * @param endTok token after the cue
 * @param kind how the speaker stands to the cue
 * @param verb the lexicon entry, for verbs; null for phrases without one
 * @param speakerTok for phrases with a speaker slot ({@code quoted X as saying}), the slot's first
 *     token, else -1
 * @param speakerEndTok the token after the slot, else -1
 */
record Cue(int firstTok, int endTok, Kind kind, @Nullable CueVerb verb, int speakerTok,
    int speakerEndTok) {

  Cue(int firstTok, int endTok, Kind kind, @Nullable CueVerb verb) {
    this(firstTok, endTok, kind, verb, -1, -1);
  }

  enum Kind {
    /** Subject before or after the verb: {@code Ruiz said}, {@code said Ruiz}. */
    VERB,
    /** Speaker follows the cue: {@code according to Ruiz}. */
    SOURCE_AFTER,
    /** Speaker in a slot inside the cue: {@code quoted Ruiz as saying}, {@code in Ruiz's words}. */
    SLOT,
    /** Subject before a multi-word cue: {@code Ruiz was quoted as saying}. */
    SUBJECT_PHRASE
  }

  /** Risky verbs (and stance verbs, which are risky too) need a frame to count as a cue. */
  boolean risky() {
    return verb != null && (verb.cueClass() == Lexicons.CueClass.RISKY || stance());
  }

  /** A verb whose object is what is reported: {@code Ruiz criticized the plan}. */
  boolean stance() {
    return verb != null && verb.cueClass() == Lexicons.CueClass.STANCE;
  }

  boolean gerund() {
    return verb != null && verb.gerund();
  }
}
