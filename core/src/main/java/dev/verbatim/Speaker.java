package dev.verbatim;

import static java.util.Objects.requireNonNull;

/**
 * The mention that a {@link Quote} is attributed to, as written in the text ({@code he},
 * {@code Ms. Ruiz}, {@code a source}), and the {@link Entity} it refers to.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param mention where the speaker is named
 * @param entity the {@link Entity#id()} of the entity in the same {@link AttributionResult}
 */
public record Speaker(Span mention, int entity) {
  public Speaker {
    requireNonNull(mention, "mention");
    if (entity < 0) {
      throw new IllegalArgumentException("entity id must be >= 0, was " + entity);
    }
  }

  public int start() {
    return mention.start();
  }

  public int end() {
    return mention.end();
  }

  public String text() {
    return mention.text();
  }
}
