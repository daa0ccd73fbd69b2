package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nesting forms a tree: an inner quote lies inside its outer quote and links to it. */
class QuoteNestingTest {

  @Test
  void innerQuoteLinksToItsOuterQuote() {
    TextDocument doc = assertQuotes(
        "⟦“She told me ⟦‘never again’⟧ and meant it,”⟧ he said.");
    List<QuoteSpan> qs = doc.quotes();
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).parent()).isEqualTo(-1);
    assertThat(qs.get(1).parent()).isEqualTo(0);
    assertThat(qs.get(0).start()).isEqualTo(0);
    assertThat(qs.get(0).end()).isEqualTo(41);
    assertThat(qs.get(1).start()).isEqualTo(13);
    assertThat(qs.get(1).end()).isEqualTo(26);
    assertThat(qs.get(0).innerStart()).isEqualTo(1);
    assertThat(qs.get(0).innerEnd()).isEqualTo(40);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦\"She told me ⟦'never again'⟧ and meant it,\"⟧ he said.",
      "⟦'She told me ⟦\"never again\"⟧ and meant it,'⟧ he said.",
      "⟦«Il m’a dit ⟦‹jamais›⟧ hier»⟧, dit-il.",
      "⟦»Han sagde ⟦›aldrig‹⟧ i går«⟧, sagde hun.",
      "⟦„Er sagte ⟦‚nie‘⟧ gestern“⟧, sagte sie.",
      "⟦「彼は⟦『いいえ』⟧と言った」⟧と彼女は言った。",
      "⟦“Two levels: ⟦‘one ⟦“two”⟧ deep’⟧ here,”⟧ he said.",
      "⟦“First ⟦‘a’⟧ then ⟦‘b’⟧ and done.”⟧",
  })
  void eachFamilyNests(String markup) {
    assertQuotes(markup);
  }

  @Test
  void sameTypeCurlyNestingStillFormsATree() {
    assertQuotes("⟦“She told me ⟦“never again”⟧ and meant it,”⟧ he said.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦\"She told me ⟦\"never again\"⟧ and meant it,\"⟧ he said.",
      "⟦\"The ⟦\"best\"⟧ plan,\"⟧ she said, ⟦\"is ⟦\"ours.\"⟧\"⟧",
      "⟦»Han sagde ⟦»aldrig»⟧ i går»⟧, sagde hun.",
      "⟦\"One,\"⟧ he said, ⟦\"two.\"⟧ And ⟦\"three\"⟧.",
  })
  void sameTypeStraightNestingFormsATree(String markup) {
    assertQuotes(markup);
  }

  @Test
  void sameTypeNestingWithALostCloserKeepsTheInnerQuote() {
    assertQuotes("He said ⟦\"hello and she said ⟦\"bye\"⟧ to him.⟯");
  }

  @Test
  void innerQuoteLeftOpenEndsWithItsOuterQuote() {
    assertQuotes("⟦«Il a écrit ⟦“peut-être et puis rien⟯»⟧, dit-elle.");
    assertQuotes("⟦“He wrote ‘maybe and then stopped,”⟧ she said.");
  }

  @Test
  void siblingsAfterANestedQuoteStayAtTopLevel() {
    assertQuotes("⟦“A ⟦‘b’⟧ c,”⟧ he said, ⟦“d.”⟧ And ⟦“e”⟧ too.");
  }
}
