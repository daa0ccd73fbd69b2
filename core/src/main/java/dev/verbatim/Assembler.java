package dev.verbatim;

import dev.verbatim.spi.Attribution;
import dev.verbatim.spi.EntityDraft;
import dev.verbatim.spi.QuoteDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the rules' drafts into public records, and is the last line of defence for the offset
 * promise: spans are clamped into the text, empty ones dropped, a quote's spans put in order with
 * overlaps dropped, parents and entities re-indexed and a parent kept only if it precedes and
 * encloses its child, so a faulty rule can lose a field but never return an invalid result.
 * Stateless.
 */
final class Assembler {
  private Assembler() {}

  static AttributionResult assemble(String text, Attribution a) {
    int n = text.length();
    // Entities: keep those with a valid mention, ordered by first mention.
    List<EntityDraft> drafts = a.entities();
    List<Span>[] mentions = mentionLists(text, drafts);
    Integer[] order = new Integer[drafts.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> mentions[i].isEmpty()
        ? Integer.MAX_VALUE : mentions[i].get(0).start()));
    int[] entityId = new int[drafts.size()];
    Arrays.fill(entityId, -1);
    List<Entity> entities = new ArrayList<>();
    for (int i : order) {
      if (mentions[i].isEmpty()) {
        continue;
      }
      EntityDraft d = drafts.get(i);
      entityId[i] = entities.size();
      entities.add(new Entity(entities.size(), d.name() == null ? "" : d.name(),
          d.type() == null ? EntityType.PERSON : d.type(), mentions[i]));
    }

    // Quotes: valid spans only, sorted by start, parents re-indexed.
    List<QuoteDraft> qs = a.quotes();
    List<Integer> keep = new ArrayList<>();
    List<List<Span>> spans = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      List<Span> s = ordered(spans(text, qs.get(i).spans()));
      spans.add(s);
      if (!s.isEmpty()) {
        keep.add(i);
      }
    }
    keep.sort(Comparator.<Integer>comparingInt(i -> spans.get(i).get(0).start())
        .thenComparingInt(i -> -spans.get(i).get(spans.get(i).size() - 1).end()));
    int[] newIndex = new int[qs.size()];
    Arrays.fill(newIndex, -1);
    for (int k = 0; k < keep.size(); k++) {
      newIndex[keep.get(k)] = k;
    }
    List<Quote> quotes = new ArrayList<>(keep.size());
    for (int k = 0; k < keep.size(); k++) {
      QuoteDraft d = qs.get(keep.get(k));
      List<Span> own = spans.get(keep.get(k));
      int p = d.parent() >= 0 && d.parent() < qs.size() ? newIndex[d.parent()] : -1;
      Integer parent = p >= 0 && p < k && encloses(spans.get(keep.get(p)), own) ? p : null;
      Span cue = span(text, d.cueStart(), d.cueEnd());
      Span mention = span(text, d.speakerStart(), d.speakerEnd());
      int ent = d.entity() >= 0 && d.entity() < entityId.length ? entityId[d.entity()] : -1;
      Speaker speaker = mention != null && ent >= 0 ? new Speaker(mention, ent) : null;
      double conf = Double.isNaN(d.confidence()) ? 0 : Math.max(0, Math.min(1, d.confidence()));
      quotes.add(new Quote(k, d.kind() == null ? QuoteKind.DIRECT : d.kind(), own, parent, cue,
          speaker, conf, d.rule() == null ? "unknown" : d.rule(), d.unclosed()));
    }
    return new AttributionResult(text, quotes, entities);
  }

  @SuppressWarnings("unchecked")
  private static List<Span>[] mentionLists(String text, List<EntityDraft> drafts) {
    List<Span>[] out = new List[drafts.size()];
    for (int i = 0; i < out.length; i++) {
      List<Span> s = spans(text, drafts.get(i).mentions());
      s.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
      out[i] = s;
    }
    return out;
  }

  private static List<Span> spans(String text, int[] pairs) {
    List<Span> out = new ArrayList<>(pairs == null ? 0 : pairs.length / 2);
    if (pairs == null) {
      return out;
    }
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      Span s = span(text, pairs[i], pairs[i + 1]);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@code spans} sorted by start, without any span that overlaps the one before it. */
  private static List<Span> ordered(List<Span> spans) {
    spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      if (out.isEmpty() || out.get(out.size() - 1).end() <= s.start()) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean encloses(List<Span> outer, List<Span> inner) {
    return outer.get(0).start() <= inner.get(0).start()
        && inner.get(inner.size() - 1).end() <= outer.get(outer.size() - 1).end();
  }

  /** The clamped span, or null when absent (negative) or empty after clamping. */
  private static Span span(String text, int start, int end) {
    if (start < 0 || end < 0) {
      return null;
    }
    int s = Math.min(start, text.length());
    int e = Math.min(Math.max(end, s), text.length());
    return e > s ? new Span(s, e, text.substring(s, e)) : null;
  }
}
