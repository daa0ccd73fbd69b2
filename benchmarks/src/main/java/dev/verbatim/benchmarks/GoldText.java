package dev.verbatim.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A text being written together with its gold attributions, in the evaluation corpus's format: every
 * piece appended through {@link #span} comes back as its {@code [start, end)} UTF-16 offsets, so the
 * generator never has to compute an offset by hand. Not thread-safe: one per generated article.
 */
final class GoldText {
  /** One gold attribution relation; offsets are UTF-16 indices, end exclusive. */
  record Relation(String form, List<int[]> content, int[] cue, int[] source) {}

  private final StringBuilder sb = new StringBuilder();
  private final List<Relation> relations = new ArrayList<>();

  GoldText add(String s) {
    sb.append(s);
    return this;
  }

  /** Appends {@code s} and returns where it landed. */
  int[] span(String s) {
    int start = sb.length();
    sb.append(s);
    return new int[] {start, sb.length()};
  }

  /** Records a relation; {@code cue} and {@code source} may be null (no cue, anonymous). */
  void relation(String form, int[] source, int[] cue, int[]... content) {
    relations.add(new Relation(form, List.of(content), cue, source));
  }

  int length() {
    return sb.length();
  }

  String text() {
    return sb.toString();
  }

  List<Relation> relations() {
    return List.copyOf(relations);
  }
}
