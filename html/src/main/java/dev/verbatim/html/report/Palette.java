package dev.verbatim.html.report;

import java.util.List;
import java.util.Locale;

/**
 * Speaker colours: a light highlight behind dark body text, and a darker ink of the same hue for
 * swatch borders and mention underlines. Every highlight keeps {@link #TEXT} at WCAG AA contrast
 * (4.5:1) and every ink keeps 3:1 against the white page (non-text contrast). Immutable and
 * thread-safe.
 */
final class Palette {
  /** Body text colour, drawn on every highlight. */
  static final String TEXT = "#1a1a1a";
  /** Highlight for quotes without a speaker. */
  static final Colour NONE = new Colour("#e4e4e4", "#595959");

  /** One speaker's colour pair, as {@code #rrggbb}. */
  record Colour(String highlight, String ink) {}

  static final List<Colour> COLOURS = List.of(
      new Colour("#ffd8a8", "#a85400"), // orange
      new Colour("#b8e0ff", "#0b5cad"), // blue
      new Colour("#c3f0c8", "#1e7b34"), // green
      new Colour("#f8c8dc", "#a61e5a"), // pink
      new Colour("#e0d4ff", "#5b3cc4"), // violet
      new Colour("#fff0a0", "#6f5b00"), // yellow
      new Colour("#b5f0ea", "#0a6e66"), // teal
      new Colour("#ffc9c2", "#b0261a"), // red
      new Colour("#dbe8b4", "#4f6b00"), // olive
      new Colour("#e8d5c4", "#7a4a22")); // brown

  private Palette() {}

  /** The colour of entity {@code id}; colours repeat after {@link #COLOURS}' size speakers. */
  static Colour of(int id) {
    return COLOURS.get(Math.floorMod(id, COLOURS.size()));
  }

  /** WCAG 2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    String h = hex.toLowerCase(Locale.ROOT);
    if (!h.matches("#[0-9a-f]{6}")) {
      throw new IllegalArgumentException("expected #rrggbb, got " + hex);
    }
    double r = channel(Integer.parseInt(h.substring(1, 3), 16));
    double g = channel(Integer.parseInt(h.substring(3, 5), 16));
    double b = channel(Integer.parseInt(h.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
