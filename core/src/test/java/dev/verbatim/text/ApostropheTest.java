package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Apostrophes share their characters with single quote marks but never open or close a quote. */
class ApostropheTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "It’s late and it's dark.",
      "The workers’ union and the workers' union met.",
      "The ’90s and the '80s were loud.",
      "Rock ’n’ roll and rock 'n' roll never die.",
      "’Tis the season, and 'tis cold.",
      "The Joneses' dog barked at the Joneses’ cat.",
      "Don't, won't, can't, o'clock and O'Brien.",
      "Give ’em a break and let 'em go.",
      "The boss’s car and the class' notes and James’ hat.",
      "Back in ’08 the ’Sixties felt far away.",
  })
  void apostrophesAreNotQuotes(String text) {
    assertQuotes(text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "He said ⟦'no'⟧ twice.",
      "He said ⟦‘no’⟧ twice.",
      "It’s what he said: ⟦‘no’⟧, and he meant it.",
      "The workers' leader said ⟦'we will strike'⟧ on Monday.",
      "She said ⟦'I can't and won't'⟧ and left.",
      "He said ⟦‘I won’t go’⟧ and ⟦‘you can’t make me’⟧ then.",
      "⟦'We won,'⟧ she said. ⟦'We always win.'⟧",
      "⟦\"⟦'Yes,'⟧ she told me,\"⟧ he recalled.",
      "The '90s were ⟦'great'⟧ for rock 'n' roll.",
      "He shouted ⟦‘go!’⟧ and left.",
      "(⟦'Yes,'⟧ he said.)",
      "Her answer: ⟦'No.'⟧",
      "⟦“It’s the Joneses’ dog,”⟧ he said.",
      "The band’s ’80s hit ⟦“Don’t Stop”⟧ played.",
      "The children's ⟦'games'⟧ ended.",
      "He called it ⟦'the Joneses' dog'⟧ once.",
      "⟦'The workers' votes count,'⟧ she said.",
      "⟦‘The workers’ votes count,’⟧ she said.",
      "She said ⟦'thanks'⟧ to the ⟦'bosses'⟧ and left.",
      "⟦'We beat the Joneses'⟧ and ⟦'we won'⟧.",
      "⟦‘We beat the Joneses’⟧ and ⟦‘we won’⟧.",
      "The boys' ⟦'toys'⟧ and the girls' ⟦'games'⟧ here.",
  })
  void singleQuotedSpeechIsStillFound(String markup) {
    assertQuotes(markup);
  }
}
