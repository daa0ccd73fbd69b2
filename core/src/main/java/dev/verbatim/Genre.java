package dev.verbatim;

/**
 * The kind of text an engine reads, set with {@link QuoteAttributor.Builder#genre(Genre)}.
 *
 * <ul>
 *   <li>{@link #NEWS} (the default): reporting conventions. A quote with no cue must carry a
 *       statement; quotes follow the latest named speaker; indirect speech is found from cues.
 *   <li>{@link #FICTION}: the conventions of novels. Every quoted line of dialogue is speech however
 *       short; speakers alternate in a conversation; a speaker is a character, one entity for all of
 *       its names ({@code Emma}, {@code Miss Woodhouse}, {@code Emma Woodhouse}).
 *   <li>{@link #AUTO}: decides per document from its shape: fiction when much of the text is
 *       dialogue paragraphs and most quotes are short lines, news otherwise.
 * </ul>
 */
public enum Genre {
  /** News and reporting; the default. */
  NEWS,
  /** Novels and stories: dialogue, turn-taking and characters. */
  FICTION,
  /** Chosen per document from the text's shape (dialogue density, short unattributed lines). */
  AUTO
}
