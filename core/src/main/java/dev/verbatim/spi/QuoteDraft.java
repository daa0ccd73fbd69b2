package dev.verbatim.spi;

import dev.verbatim.QuoteKind;

/**
 * A quote as the rules report it. Offsets are UTF-16 indices; -1 means absent for the cue, speaker,
 * entity and parent.
 *
 * @param spans start/end pairs of the content pieces, in text order
 * @param parent index into the same draft list of the enclosing quote, or -1
 * @param entity index into {@link Attribution#entities()}, or -1
 */
public record QuoteDraft(
    QuoteKind kind,
    int[] spans,
    int parent,
    int cueStart,
    int cueEnd,
    int speakerStart,
    int speakerEnd,
    int entity,
    double confidence,
    String rule,
    boolean unclosed) {}
