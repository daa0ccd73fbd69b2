package dev.verbatim.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.AttributionResult;
import dev.verbatim.Entity;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which mentions the rules gather into a speaking entity, seen through the public API. */
class CoreferenceTest {
  private final QuoteAttributor attributor = QuoteAttributor.builder().build();

  private static Entity named(AttributionResult r, String name) {
    return r.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> mentionsOf(AttributionResult r, String name) {
    return named(r, name).mentions().stream().map(Span::text).toList();
  }

  @Test
  void aBareSurnameJoinsTheFullNameThatIntroducedIt() {
    String text = "Rhea Holm runs the shelter on Elm Street. Volunteers say Holm rarely sleeps. "
        + "“We never turn anyone away,” Holm said.";
    AttributionResult r = attributor.attribute(text);
    assertThat(mentionsOf(r, "Rhea Holm")).containsExactly("Rhea Holm", "Holm", "Holm");
    assertThat(named(r, "Rhea Holm").mentions().get(1).start())
        .isEqualTo(text.indexOf("Holm rarely"));
  }

  @Test
  void aSurnameNeverIntroducedByAFullNameStaysOut() {
    String text = "Volunteers say Holm rarely sleeps. “We never turn anyone away,” Rhea Holm said.";
    AttributionResult r = attributor.attribute(text);
    assertThat(mentionsOf(r, "Rhea Holm")).containsExactly("Rhea Holm");
  }

  /** A place after "in" and an opening participle are no antecedents for the pronoun. */
  @ParameterizedTest
  @ValueSource(strings = {"She grew up in South Carolina.", "Reached by phone later, she was calmer."})
  void aPlaceOrAnOpeningParticipleIsNoAntecedent(String middle) {
    String text = "Ana Ruiz spoke for an hour. " + middle + " “I came home to help,” she said.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Ana Ruiz");
  }

  @Test
  void aBareSurnameDoesNotJoinTwoPeopleWithDifferentFirstNames() {
    String text = "Former President George W. Bush spoke first. Bush visited the base. "
        + "Jeb Bush followed him. “We owe them everything,” Jeb Bush said.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Jeb Bush");
    assertThat(mentionsOf(r, "Jeb Bush")).containsExactly("Jeb Bush", "Jeb Bush");
  }

  @Test
  void aTitleOfTheOtherGenderStartsANewPerson() {
    String text = "Bill Clinton spoke first. “It was a good day,” Mrs. Clinton said.";
    AttributionResult r = attributor.attribute(text);
    assertThat(r.entities()).extracting(Entity::name).containsExactly("Clinton");
    assertThat(mentionsOf(r, "Clinton")).containsExactly("Mrs. Clinton");
  }
}
