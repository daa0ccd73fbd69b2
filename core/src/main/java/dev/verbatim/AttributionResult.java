package dev.verbatim;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Everything Verbatim found in one document: its quotes, in text order, and the speaker entities they
 * are attributed to.
 *
 * <p>Immutable and thread-safe. No component is null. {@link Quote#parent()} and {@link
 * Speaker#entity()} are indices into {@link #quotes()} and {@link #entities()}.
 *
 * @param text the analysed text, exactly as passed in
 * @param quotes the quotes, ordered by start offset
 * @param entities the speaker entities, in order of first mention
 */
public record AttributionResult(String text, List<Quote> quotes, List<Entity> entities) {
  public AttributionResult {
    requireNonNull(text, "text");
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
  }

  /** The entity with this id, or {@code null} if there is none. */
  public @Nullable Entity entity(int id) {
    return id >= 0 && id < entities.size() ? entities.get(id) : null;
  }

  /** The speaker entity of {@code quote}, or {@code null} when it has no speaker. */
  public @Nullable Entity speakerOf(Quote quote) {
    Integer id = quote.entity();
    return id == null ? null : entity(id);
  }

  /**
   * The speaker entity of {@code quote}.
   *
   * @throws NoSuchElementException when the quote has no speaker
   */
  public Entity expectSpeakerOf(Quote quote) {
    Entity e = speakerOf(quote);
    if (e == null) {
      throw new NoSuchElementException("quote " + quote.index() + " has no speaker");
    }
    return e;
  }

  /** The quotes attributed to {@code entity}, in text order. */
  public List<Quote> quotesBy(Entity entity) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Integer id = q.entity();
      if (id != null && id == entity.id()) {
        out.add(q);
      }
    }
    return List.copyOf(out);
  }

  /** The quotes of one kind, in text order. */
  public List<Quote> quotes(QuoteKind kind) {
    return quotes.stream().filter(q -> q.kind() == kind).toList();
  }
}
