package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.Genre;
import dev.verbatim.Quote;
import dev.verbatim.QuoteAttributor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who speaks each line of a novel's dialogue, on invented passages. */
class FictionSpeakerTest {
  private static final QuoteAttributor FICTION =
      QuoteAttributor.builder().genre(Genre.FICTION).build();

  /** Each quote as {@code start:first words=speaker name}. */
  private static List<String> speakers(String text) {
    AttributionResult r = FICTION.attribute(text);
    List<String> out = new ArrayList<>();
    for (Quote q : r.quotes()) {
      Entity e = r.speakerOf(q);
      String t = q.spans().get(0).text();
      out.add(q.start() + ":" + t.substring(0, Math.min(12, t.length())) + "="
          + (e == null ? "-" : e.name()));
    }
    return out;
  }

  private static String at(String text, String quote, String speaker) {
    int s = text.indexOf(quote);
    return s + ":" + quote.substring(0, Math.min(12, quote.length())) + "=" + speaker;
  }

  @Test
  void aTagNamesTheSpeakerBeforeOrAfterTheVerb() {
    String text = String.join("\n\n",
        "Oswin Teague and Marnie Fletcher waited on the quay.",
        "\"The boat leaves at noon,\" said Oswin.",
        "\"Then we shall miss it,\" Marnie replied.");
    AttributionResult r = FICTION.attribute(text);
    Quote first = r.quotes().get(0);
    assertThat(first.cue().text()).isEqualTo("said");
    assertThat(first.speaker().mention().text()).isEqualTo("Oswin");
    assertThat(first.speaker().mention().start()).isEqualTo(text.indexOf("said Oswin") + 5);
    assertThat(r.quotes().get(1).cue().text()).isEqualTo("replied");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"The boat leaves at noon,\"", "Oswin"),
        at(text, "\"Then we shall miss it,\"", "Marnie"));
  }

  @Test
  void anInvertedPronounTagTakesTheCharacterOfItsGender() {
    String text = String.join("\n\n",
        "Edith Fletcher watched Hugh Teague put down his pen. He looked tired.",
        "\"Is it late?\" said he.",
        "\"Nearly midnight,\" she answered.");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is it late?\"", "Hugh Teague"),
        at(text, "\"Nearly midnight,\"", "Edith Fletcher"));
  }

  @Test
  void aRelationTagInAConversationIsTheOtherSpeaker() {
    String text = String.join("\n\n",
        "Marnie ran down the stairs to the door.",
        "\"Is it you at last?\" cried Marnie.",
        "\"Who else would it be?\" said her father.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(r.quotes().get(1).speaker().mention().text()).isEqualTo("her father");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is it you at last?\"", "Marnie"),
        at(text, "\"Who else would it be?\"", "her father"));
  }

  @Test
  void untaggedLinesAlternateBetweenTheLastTwoSpeakers() {
    String text = String.join("\n\n",
        "Oswin and Marnie sat by the stove.",
        "\"Is the gate shut?\" asked Oswin.",
        "\"Which gate?\" said Marnie.",
        "\"The garden gate.\"",
        "\"I shut it at six.\"",
        "\"Then who opened it?\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is the gate shut?\"", "Oswin"),
        at(text, "\"Which gate?\"", "Marnie"),
        at(text, "\"The garden gate.\"", "Oswin"),
        at(text, "\"I shut it at six.\"", "Marnie"),
        at(text, "\"Then who opened it?\"", "Oswin"));
  }

  @Test
  void untaggedLinesTakeTheSpeakerNamedTwoTurnsLater() {
    String text = String.join("\n\n",
        "The lamp had gone out.",
        "\"Is anyone there?\"",
        "\"Only me.\"",
        "\"Come in, then,\" said Oswin.",
        "\"I would rather stay out here,\" Marnie said.");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is anyone there?\"", "Oswin"),
        at(text, "\"Only me.\"", "Marnie"),
        at(text, "\"Come in, then,\"", "Oswin"),
        at(text, "\"I would rather stay out here,\"", "Marnie"));
  }

  @Test
  void theOneAddressedByNameAnswers() {
    String text = String.join("\n\n",
        "Oswin, Marnie and Hebble stood in the kitchen.",
        "\"Hebble, will you fetch the lamp?\" said Oswin.",
        "\"In a moment.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Hebble, will", "Oswin"),
        at(text, "\"In a moment.\"", "Hebble"));
  }

  @Test
  void aCharacterActingInTheParagraphSpeaksItsLine() {
    String text = String.join("\n\n",
        "Marnie and Oswin stood at the window.",
        "\"Shall we walk?\" said Marnie.",
        "Oswin laughed and reached for his coat. \"Not in this rain.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Shall we walk?\"", "Marnie"),
        at(text, "\"Not in this rain.\"", "Oswin"));
  }

  @Test
  void aNarrativeParagraphStartsANewScene() {
    String text = String.join("\n\n",
        "\"Good night,\" said Marnie.",
        "\"Good night,\" said Oswin.",
        "The next morning Hebble came to the door with the letters.",
        "\"Two for the house and one for the mill.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Good night,\" said M", "Marnie"),
        at(text, "\"Good night,\" said O", "Oswin"),
        at(text, "\"Two for the house", "Hebble"));
  }

  @Test
  void namesClusterIntoCharactersAndTitlesKeepASpouseApart() {
    String text = String.join("\n\n",
        "Oswin Teague came home late. Mrs. Teague was waiting for him.",
        "\"You are late,\" said Mrs. Teague.",
        "\"The mill,\" said Oswin. \"Always the mill.\"",
        "\"Mr. Teague, you promised me,\" she said.",
        "\"I did,\" said Mr. Teague.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"You are late,\"", "Mrs. Teague"),
        at(text, "\"The mill,\"", "Oswin"),
        at(text, "\"Mr. Teague, you", "Mrs. Teague"),
        at(text, "\"I did,\"", "Mr. Teague"));
    Entity oswin = r.speakerOf(r.quotes().get(1));
    assertThat(oswin.mentions()).extracting(m -> m.text())
        .containsExactly("Oswin Teague", "Oswin");
  }

  @Test
  void aWordCapitalisedOnlyAtSentenceStartIsNoName() {
    String text = String.join("\n\n",
        "Marnie and Oswin walked on in silence for a mile.",
        "Presently Oswin said, \"We are lost.\"",
        "\"We are not,\" said Marnie. \"Presently you will see the church.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"We are lost.\"", "Oswin"),
        at(text, "\"We are not,\"", "Marnie"));
  }

  @Test
  void aFirstPersonNarratorIsNamedByTheOnesWhoAddressHim() {
    String text = String.join("\n\n",
        "Brisco met me at the station with the trap.",
        "\"You look tired, Quayle,\" said Brisco.",
        "\"I am,\" I said.",
        "\"Then sleep in the trap, Quayle. It is a long road.\"",
        "\"I shall try,\" I answered.",
        "\"Quayle, are you awake?\" said Brisco at the gate.",
        "\"Barely,\" I said.");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"You look tired", "Brisco"),
        at(text, "\"I am,\"", "Quayle"),
        at(text, "\"Then sleep in", "Brisco"),
        at(text, "\"I shall try,\"", "Quayle"),
        at(text, "\"Quayle, are", "Brisco"),
        at(text, "\"Barely,\"", "Quayle"));
  }

  @Test
  void aNameWrittenMostlyAfterInOrFromIsAPlace() {
    String text = String.join("\n\n",
        "Her friend Marnie had lived in Lisbon for a year and came home from Lisbon in May.",
        "\"Was it warm in Lisbon?\" said Oswin.",
        "Marnie thought of the river at night in Lisbon.",
        "\"Warmer than here.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Was it warm", "Oswin"),
        at(text, "\"Warmer than here.\"", "Marnie"));
  }

  @Test
  void afterANamelessNarrativeParagraphItsPronounPicksTheSpeaker() {
    String text = String.join("\n\n",
        "\"Will you stay?\" said Edith.",
        "\"I cannot,\" said Hugh.",
        "She turned away to the window and said nothing for a while.",
        "\"Not even for supper?\"",
        "\"Not even for that.\"",
        "The clock on the landing struck ten.",
        "\"Then go.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Will you stay?\"", "Edith"),
        at(text, "\"I cannot,\"", "Hugh"),
        at(text, "\"Not even for supper?\"", "Edith"),
        at(text, "\"Not even for that.\"", "Hugh"),
        at(text, "\"Then go.\"", "Edith"));
  }

  @Test
  void aBareSurnameYieldsToItsTitledFormButAGivenNameOnlyToAFrequentFullName() {
    List<String> paras = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      paras.add("Monsieur Pellion rose, and Oswin Teague looked up at him again.");
    }
    for (int i = 0; i < 16; i++) {
      paras.add("Pellion walked to the window. Oswin waited. Pellion came back. Oswin sighed.");
    }
    paras.add("\"It will rain,\" said Pellion.");
    paras.add("\"Then we stay,\" said Oswin.");
    String text = String.join("\n\n", paras);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"It will rain,\"", "Monsieur Pellion"),
        at(text, "\"Then we stay,\"", "Oswin"));
  }

  @Test
  void aListedGivenNameWrittenAfterMrIsAFamilyNameAndYieldsToItsTitledForm() {
    List<String> paras = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      paras.add("Mr. Morgan rose, and Edith Fletcher looked up at him again.");
    }
    for (int i = 0; i < 16; i++) {
      paras.add("Morgan walked to the window. Edith waited. Morgan came back. Edith sighed.");
    }
    paras.add("\"It will rain,\" said Morgan.");
    paras.add("\"Then we stay,\" said Edith.");
    String text = String.join("\n\n", paras);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"It will rain,\"", "Mr. Morgan"),
        at(text, "\"Then we stay,\"", "Edith"));
    assertThat(text.indexOf("\"It will rain,\"")).isEqualTo(1765);
  }

  @Test
  void aFamilyNameWrittenWithBothTitlesIsNoOnesFirstName() {
    String text = String.join("\n\n",
        "Hugh Teague and Nora Teague drove up to Teague Lodge in the rain.",
        "Mr. Teague got out first. Mrs. Teague followed him.",
        "\"We are late,\" said Mrs. Teague.",
        "\"Then we are late,\" said Mr. Teague.",
        "\"Come in,\" said Teague.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"We are late,\"", "Mrs. Teague"),
        at(text, "\"Then we are late,\"", "Mr. Teague"),
        at(text, "\"Come in,\"", "Mr. Teague"));
    assertThat(r.speakerOf(r.quotes().get(0)).mentions()).extracting(m -> m.start() + ":" + m.text())
        .containsExactly("93:Mrs. Teague", "140:Mrs. Teague");
    assertThat(r.speakerOf(r.quotes().get(1)).mentions()).extracting(m -> m.start() + ":" + m.text())
        .containsExactly("67:Mr. Teague", "179:Mr. Teague", "208:Teague");
  }

  @Test
  void aNameWrittenMostlyAfterAtOrToIsAPlace() {
    String text = String.join("\n\n",
        "Edith Fletcher drove back to Quillmoor in the snow.",
        "She stayed at Quillmoor all winter and wrote her letters at Quillmoor.",
        "Quillmoor stood cold on its hill. \"I shall never be warm again.\"");
    AttributionResult r = FICTION.attribute(text);
    assertThat(speakers(text)).containsExactly(at(text, "\"I shall never", "Edith Fletcher"));
    assertThat(r.entities()).extracting(e -> e.name()).doesNotContain("Quillmoor");
  }

  @Test
  void aKinTagNamesTheTitledBearerOfTheOwnersFamilyName() {
    String text = String.join("\n\n",
        "Mrs. Quill was sewing by the fire when Tom Quill came in from the yard.",
        "\"Where have you been?\" said his mother.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(r.quotes().get(0).speaker().mention().text()).isEqualTo("his mother");
    assertThat(r.quotes().get(0).speaker().mention().start())
        .isEqualTo(text.indexOf("his mother"));
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Where have you been?\"", "Mrs. Quill"));
  }

  @Test
  void anInterjectionIsNoCharacterToAddress() {
    String text = String.join("\n\n",
        "Marnie could only say, Oh, and then nothing more.",
        "\"Will you walk with me?\" said Oswin.",
        "\"Where?\" said Marnie.",
        "\"To the river.\"",
        "\"Oh, I should like that.\"",
        "\"Then come.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Will you walk", "Oswin"),
        at(text, "\"Where?\"", "Marnie"),
        at(text, "\"To the river.\"", "Oswin"),
        at(text, "\"Oh, I should", "Marnie"),
        at(text, "\"Then come.\"", "Oswin"));
  }

  @Test
  void aLeadInTagReadsItsSubjectPastAPlaceAndAnAuxiliary() {
    String text = String.join("\n\n",
        "Oswin Teague and Marnie Fletcher sat late over the fire.",
        "At the door Oswin said, \"I must go.\"",
        "Marnie was saying, \"Stay a little,\" when the clock struck.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(r.quotes().get(0).speaker().mention().start())
        .isEqualTo(text.indexOf("Oswin said"));
    assertThat(r.quotes().get(0).speaker().mention().end())
        .isEqualTo(text.indexOf("Oswin said") + 5);
    assertThat(r.quotes().get(1).speaker().mention().start())
        .isEqualTo(text.indexOf("Marnie was"));
    assertThat(r.quotes().get(1).cue().text()).isEqualTo("saying");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"I must go.\"", "Oswin"),
        at(text, "\"Stay a little,\"", "Marnie"));
  }

  @Test
  void aPronounTagAfterNarrativeTakesTheNarrativesSubjectNotTheLastNamed() {
    String text = String.join("\n\n",
        "Edith Fletcher sat with Hugh Teague by the window.",
        "\"Is it late?\" said Hugh.",
        "Edith looked at the clock and then at Mrs. Quill, who was asleep in her chair.",
        "\"Nearly midnight,\" she said.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(r.quotes().get(1).speaker().mention().start())
        .isEqualTo(text.indexOf("she said"));
    assertThat(r.quotes().get(1).speaker().mention().end())
        .isEqualTo(text.indexOf("she said") + 3);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is it late?\"", "Hugh"),
        at(text, "\"Nearly midnight,\"", "Edith"));
  }

  @Test
  void aGenderedPhraseTagAfterNarrativeTakesTheNarrativesSubject() {
    String text = String.join("\n\n",
        "Hugh Teague waited at the gate.",
        "Edith came down the lane with Mrs. Quill beside her.",
        "\"You are late,\" said the girl.");
    AttributionResult r = FICTION.attribute(text);
    assertThat(r.quotes().get(0).speaker().mention().start())
        .isEqualTo(text.indexOf("the girl"));
    assertThat(r.quotes().get(0).speaker().mention().end())
        .isEqualTo(text.indexOf("the girl") + 8);
    assertThat(speakers(text)).containsExactly(
        at(text, "\"You are late,\"", "Edith"));
  }

  @Test
  void anUntaggedLineAfterNarrativeTakesTheNarrativesSubjectNotTheLastNamed() {
    String text = String.join("\n\n",
        "Oswin Teague met Marnie Fletcher and Hugh Bray on the quay.",
        "\"Is the ferry running?\" said Oswin.",
        "\"Not today,\" Marnie replied.",
        "Oswin turned away and looked across the water at Hugh Bray.",
        "\"Then we shall walk.\"");
    assertThat(speakers(text)).containsExactly(
        at(text, "\"Is the ferry running?\"", "Oswin"),
        at(text, "\"Not today,\"", "Marnie"),
        at(text, "\"Then we shall walk.\"", "Oswin"));
  }
}
