package dev.verbatim.text;

import static dev.verbatim.text.QuoteMarkup.assertQuotes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dialogue set in single marks, as British editions print it: words cut short with an apostrophe
 * inside a line, lines broken off with a dash, speeches running over paragraphs, and left marks
 * typed for right ones after a dash.
 */
class BritishDialogueTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦'Nothin' doin' here,'⟧ said Tom. ⟦'We're goin' home.'⟧",
      "⟦‘Nothin’ doin’ here,’⟧ said Tom.",
      "⟦'Come in,'⟧ said Ann, ⟦'an' shut the door.'⟧",
      "⟦'It was o' no use,'⟧ she said.",
      "She said ⟦'thanks'⟧ to the ⟦'bosses'⟧ and left.",
      "He said ⟦'come in'⟧ and shut the door.",
  })
  void wordsCutShortDoNotCloseTheLine(String markup) {
    assertQuotes(markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦'I reckon it can all be 'splained.'⟧\n\nHe nodded.",
      "⟦'Well, I 'd like to go,'⟧ he said. ⟦'They 're waiting.'⟧",
      "⟦'I cannot bear 't no more.'⟧",
  })
  void apostrophesBeforeAWordInsideALine(String markup) {
    assertQuotes(markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "⟦'But Mr. Hale--'⟧\n\n⟦'No.'⟧",
      "⟦'I only wanted to say '⟧\n\nShe stopped.",
      "⟦“But Mr. Hale--“⟧\n\n⟦“No.”⟧",
      "⟦“I really cannot “⟧ he began.",
  })
  void aLineBrokenOffWithADashStillCloses(String markup) {
    assertQuotes(markup);
  }

  @Test
  void aSpeechRunsOverParagraphsInSingleMarks() {
    TextDocument doc = assertQuotes("⟦'The road was long.⟫\n\n⟪'And the night was cold.'⟧\n\nHe sat.");
    assertThat(doc.quotes()).hasSize(1);
    assertThat(doc.quotes().get(0).pieceStart(1)).isEqualTo(21);
    assertThat(doc.quotes().get(0).pieceEnd(1)).isEqualTo(46);
    assertQuotes("⟦'No,'⟧ said Tom. ⟦'The road was long.⟫\n\n⟪'And cold.'⟧");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "We had a drink at the 'Crown and left.\n\n⟦'Hello,'⟧ said Tom.",
      "The 'varsity men came.\n\n⟦'Hello,'⟧ said Tom.",
  })
  void aStrayMarkInNarrativeDoesNotRunIntoTheNextLine(String markup) {
    assertQuotes(markup);
  }
}
