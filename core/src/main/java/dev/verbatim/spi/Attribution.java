package dev.verbatim.spi;

import java.util.List;

/** What the rules found in one document. The engine validates it and turns it into public records. */
public record Attribution(List<QuoteDraft> quotes, List<EntityDraft> entities) {
  public Attribution {
    quotes = List.copyOf(quotes);
    entities = List.copyOf(entities);
  }
}
