package dev.verbatim;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One speaker for the whole document: every mention that refers to it, and its canonical name (the
 * fullest personal-name form without titles, for a person; the fullest name, for an organisation; the
 * describing phrase, for an anonymous source).
 *
 * <p>Immutable and thread-safe. No component is null; {@code mentions} is never empty and is in text
 * order.
 *
 * @param id index of this entity in {@link AttributionResult#entities()}
 * @param name canonical name
 * @param type kind of speaker
 * @param mentions every mention, in text order
 */
public record Entity(int id, String name, EntityType type, List<Span> mentions) {
  public Entity {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
    if (id < 0) {
      throw new IllegalArgumentException("entity id must be >= 0, was " + id);
    }
  }
}
