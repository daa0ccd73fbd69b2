package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * One attribution a rule decided: the content pieces, the cue, the speaker mention and the rule's
 * name and confidence. Immutable.
 *
 * @param spans start/end char pairs of the content
 * @param cueStart first char of the cue, or -1
 * @param cueEnd char after the cue, or -1
 * @param speaker the speaker mention, or null
 */
record Found(QuoteKind kind, int[] spans, int cueStart, int cueEnd, @Nullable Mention speaker,
    String rule, double confidence) {}
