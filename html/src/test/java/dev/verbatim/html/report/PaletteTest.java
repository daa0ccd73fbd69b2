package dev.verbatim.html.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void contrastFormulaMatchesWcagReferenceValues() {
    assertThat(Palette.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
    assertThat(Palette.contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
    assertThat(Palette.contrast("#ffffff", "#ffffff")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void textOnEveryHighlightMeetsAaAndInksStandOutFromThePage() {
    Set<String> seen = new HashSet<>();
    for (Palette.Colour c : Palette.COLOURS) {
      assertThat(Palette.contrast(Palette.TEXT, c.highlight())).as(c.highlight()).isGreaterThanOrEqualTo(4.5);
      assertThat(Palette.contrast(c.ink(), "#ffffff")).as(c.ink()).isGreaterThanOrEqualTo(3.0);
      assertThat(seen.add(c.highlight())).as("distinct " + c.highlight()).isTrue();
    }
    assertThat(Palette.contrast(Palette.TEXT, Palette.NONE.highlight())).isGreaterThanOrEqualTo(4.5);
    assertThat(Palette.contrast(Palette.NONE.ink(), "#ffffff")).isGreaterThanOrEqualTo(3.0);
  }

  @Test
  void coloursRepeatAfterThePaletteRunsOut() {
    assertThat(Palette.of(Palette.COLOURS.size() + 2)).isEqualTo(Palette.of(2));
    assertThat(Palette.of(0)).isNotEqualTo(Palette.of(1));
  }
}
