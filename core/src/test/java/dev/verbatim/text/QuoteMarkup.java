package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Writes detected quotations into their text as brackets, so a test states every offset exactly and
 * still reads as prose (the idea of Lucene's {@code assertAnalyzesTo}):
 *
 * <pre>
 *   ⟦  first piece starts        ⟧  last piece ends, quote closed
 *   ⟪  later piece starts        ⟯  last piece ends, quote never closed
 *   ⟫  a piece ends, the quote continues in a later piece
 * </pre>
 *
 * Nesting in the markup is nesting in the text; {@link #assertTree} checks that each parent link names
 * the innermost enclosing quotation, so the markup also fixes the tree.
 */
public final class QuoteMarkup {
  static final String MARKERS = "⟦⟧⟪⟫⟯";
  static final TextAnalyzer ANALYZER =
      new TextAnalyzer(new HashSet<>(TextAnalyzer.defaultAbbreviations()));

  private QuoteMarkup() {}

  /** A quotation reduced to what the markup shows: pieces as start/end pairs, parent, unclosed. */
  public record Q(int[] pieces, int parent, boolean unclosed) {
    int start() {
      return pieces[0];
    }

    int end() {
      return pieces[pieces.length - 1];
    }

    public static Q of(QuoteSpan s) {
      int[] p = new int[2 * s.pieceCount()];
      for (int i = 0; i < s.pieceCount(); i++) {
        p[2 * i] = s.pieceStart(i);
        p[2 * i + 1] = s.pieceEnd(i);
      }
      return new Q(p, s.parent(), s.unclosed());
    }
  }

  /** The text without markers. */
  public static String strip(String markup) {
    StringBuilder sb = new StringBuilder(markup.length());
    for (int i = 0; i < markup.length(); i++) {
      if (MARKERS.indexOf(markup.charAt(i)) < 0) {
        sb.append(markup.charAt(i));
      }
    }
    return sb.toString();
  }

  /** Analyses the text of {@code markup} and asserts that exactly the marked quotations are found. */
  static TextDocument assertQuotes(String markup) {
    TextDocument doc = ANALYZER.analyze(strip(markup));
    List<Q> qs = doc.quotes().stream().map(Q::of).toList();
    assertTree(doc.text(), qs);
    assertThat(render(doc.text(), qs)).as("quotes of %s", doc.text()).isEqualTo(markup);
    return doc;
  }

  /** The detector's quotes of {@code text}, rendered. */
  static String quotes(String text) {
    TextDocument doc = ANALYZER.analyze(text);
    List<Q> qs = doc.quotes().stream().map(Q::of).toList();
    assertTree(text, qs);
    return render(text, qs);
  }

  private record Event(int offset, boolean isEnd, int pieceStart, int pieceEnd, int id,
      String marker) {}

  public static String render(String text, List<Q> qs) {
    List<Event> events = new ArrayList<>();
    for (int id = 0; id < qs.size(); id++) {
      Q q = qs.get(id);
      int n = q.pieces().length / 2;
      for (int i = 0; i < n; i++) {
        int s = q.pieces()[2 * i];
        int e = q.pieces()[2 * i + 1];
        boolean last = i == n - 1;
        events.add(new Event(s, false, s, e, id, i == 0 ? "⟦" : "⟪"));
        events.add(new Event(e, true, s, e, id, !last ? "⟫" : q.unclosed() ? "⟯" : "⟧"));
      }
    }
    // Ends before starts; inner ends first, outer starts first.
    events.sort(Comparator.comparingInt(Event::offset)
        .thenComparing(ev -> !ev.isEnd())
        .thenComparingInt(ev -> ev.isEnd() ? -ev.pieceStart() : -ev.pieceEnd())
        .thenComparingInt(ev -> ev.isEnd() ? -ev.id() : ev.id()));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Event ev : events) {
      sb.append(text, at, ev.offset()).append(ev.marker());
      at = ev.offset();
    }
    return sb.append(text.substring(at)).toString();
  }

  /**
   * Checks the invariants every result keeps: offsets inside the text, pieces non-empty and ordered,
   * quotes ordered by start, and each parent the innermost quote whose pieces enclose the child's.
   */
  public static void assertTree(String text, List<Q> qs) {
    for (int id = 0; id < qs.size(); id++) {
      Q q = qs.get(id);
      int[] p = q.pieces();
      assertThat(p.length).as("pieces of #%d", id).isPositive().isEven();
      int prev = 0;
      for (int i = 0; i < p.length; i += 2) {
        assertThat(p[i]).as("#%d piece %d start", id, i / 2).isGreaterThanOrEqualTo(prev);
        assertThat(p[i + 1]).as("#%d piece %d end", id, i / 2)
            .isGreaterThan(p[i]).isLessThanOrEqualTo(text.length());
        prev = p[i + 1];
      }
      if (id > 0) {
        assertThat(q.start()).as("#%d ordered by start", id)
            .isGreaterThanOrEqualTo(qs.get(id - 1).start());
      }
      int innermost = -1;
      for (int k = 0; k < qs.size(); k++) {
        if (k != id && encloses(qs.get(k), q)
            && (innermost < 0 || encloses(qs.get(innermost), qs.get(k)))) {
          innermost = k;
        }
      }
      assertThat(q.parent()).as("parent of #%d in %s", id, render(text, qs)).isEqualTo(innermost);
    }
  }

  /** Whether every piece of {@code inner} lies inside a piece of {@code outer}, and they differ. */
  private static boolean encloses(Q outer, Q inner) {
    if (outer.start() > inner.start() || outer.end() < inner.end()
        || (outer.start() == inner.start() && outer.end() == inner.end())) {
      return false;
    }
    int[] o = outer.pieces();
    int[] in = inner.pieces();
    for (int i = 0; i < in.length; i += 2) {
      boolean inside = false;
      for (int k = 0; k < o.length; k += 2) {
        inside |= o[k] <= in[i] && in[i + 1] <= o[k + 1];
      }
      if (!inside) {
        return false;
      }
    }
    return true;
  }
}
