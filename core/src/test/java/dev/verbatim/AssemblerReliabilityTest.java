package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.verbatim.spi.Attribution;
import dev.verbatim.spi.EntityDraft;
import dev.verbatim.spi.QuoteDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assembler repairs what a faulty rule might report, so the public promises still hold. */
class AssemblerReliabilityTest {
  private static final String TEXT = "\u201CNo,\u201D she said. \u201CA \u2018b\u2019 c.\u201D";

  private static QuoteDraft draft(int[] spans, int parent, int entity) {
    return new QuoteDraft(QuoteKind.DIRECT, spans, parent, -1, -1, 6, 9, entity, 0.5, "t", false);
  }

  @Test
  void spansOfAQuoteAreSortedAndOverlapsDropped() {
    Attribution a = new Attribution(List.of(draft(new int[] {16, 20, 0, 5, 3, 9, 21, 26}, -1, -1)),
        List.of());
    Quote q = Assembler.assemble(TEXT, a).quotes().get(0);
    assertThat(q.spans()).extracting(Span::start, Span::end)
        .containsExactly(tuple(0, 5),
            tuple(16, 20),
            tuple(21, 26));
  }

  @Test
  void aParentThatDoesNotEncloseItsChildIsDropped() {
    Attribution a = new Attribution(List.of(draft(new int[] {0, 5}, -1, -1),
        draft(new int[] {19, 22}, 0, -1), draft(new int[] {16, 26}, -1, -1),
        draft(new int[] {20, 21}, 2, -1)), List.of());
    List<Quote> qs = Assembler.assemble(TEXT, a).quotes();
    assertThat(qs).extracting(Quote::start).containsExactly(0, 16, 19, 20);
    assertThat(qs.get(2).parent()).isNull(); // claimed [0, 5) as parent
    assertThat(qs.get(3).parent()).isEqualTo(1); // [16, 26) encloses [20, 21)
  }

  @Test
  void aParentAfterItsChildIsDropped() {
    // Identical ranges: the child's draft comes first, so it sorts first and cannot point forward.
    Attribution a = new Attribution(List.of(draft(new int[] {16, 26}, 1, -1),
        draft(new int[] {16, 26}, -1, -1)), List.of());
    List<Quote> qs = Assembler.assemble(TEXT, a).quotes();
    assertThat(qs.get(0).parent()).isNull();
    assertThat(qs.get(1).parent()).isNull();
  }

  @Test
  void speakerOfAnEntityWithoutValidMentionsIsDropped() {
    Attribution a = new Attribution(List.of(draft(new int[] {0, 5}, -1, 0)),
        List.of(new EntityDraft("she", EntityType.PERSON, new int[] {40, 50})));
    AttributionResult r = Assembler.assemble(TEXT, a);
    assertThat(r.entities()).isEmpty();
    assertThat(r.quotes().get(0).speaker()).isNull();
  }
}
