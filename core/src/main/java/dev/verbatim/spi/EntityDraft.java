package dev.verbatim.spi;

import dev.verbatim.EntityType;

/**
 * An entity as the rules report it.
 *
 * @param mentions start/end pairs of every mention
 */
public record EntityDraft(String name, EntityType type, int[] mentions) {}
