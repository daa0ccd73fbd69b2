package dev.verbatim;

import java.util.Locale;

/** What kind of speaker an {@link Entity} is. Immutable and thread-safe. */
public enum EntityType {
  /** A named or described person: {@code Ana Ruiz}, {@code the adviser}. */
  PERSON,
  /** A company, ministry, newspaper or other body: {@code the ministry}, {@code Reuters}. */
  ORGANIZATION,
  /** Several people spoken of together: {@code the two senators}, {@code officials}. */
  GROUP,
  /** A source the text does not name: {@code a source familiar with the talks}. */
  ANONYMOUS;

  /** The lower-case name used in JSON. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
