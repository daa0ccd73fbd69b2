package dev.verbatim.html.report;

import static java.util.Objects.requireNonNull;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.EntityType;
import java.util.List;

/**
 * What the index page needs to know of one article: small, so a corpus run can keep one per article
 * instead of every result.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param title the article's title, as shown in its report
 * @param href the report's address relative to the index page, e.g. {@code news/a.html}
 * @param quotes number of quotes found
 * @param attributed number of quotes with a speaker
 * @param speakers one row per speaker entity, in order of first mention
 */
public record ArticleSummary(String title, String href, int quotes, int attributed,
    List<SpeakerCount> speakers) {

  public ArticleSummary {
    requireNonNull(title, "title");
    requireNonNull(href, "href");
    speakers = List.copyOf(speakers);
  }

  /**
   * One speaker of one article.
   *
   * @param name the entity's canonical name
   * @param type the kind of speaker
   * @param quotes quotes attributed to it
   * @param mentions times it is mentioned
   */
  public record SpeakerCount(String name, EntityType type, int quotes, int mentions) {
    public SpeakerCount {
      requireNonNull(name, "name");
      requireNonNull(type, "type");
    }
  }

  /** The summary of {@code result}, whose report is at {@code href}. */
  public static ArticleSummary of(String title, String href, AttributionResult result) {
    List<SpeakerCount> speakers = result.entities().stream()
        .map(e -> new SpeakerCount(e.name(), e.type(), result.quotesBy(e).size(), mentions(e)))
        .toList();
    int attributed = (int) result.quotes().stream().filter(q -> q.speaker() != null).count();
    return new ArticleSummary(title, href, result.quotes().size(), attributed, speakers);
  }

  private static int mentions(Entity e) {
    return e.mentions().size();
  }
}
