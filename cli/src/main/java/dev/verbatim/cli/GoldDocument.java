package dev.verbatim.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One annotated document of a gold JSON Lines file ({@code ../shared/eval/README.md}, "Gold format").
 * Immutable and thread-safe.
 *
 * @param id the document id predictions are matched by
 * @param text the whole text
 * @param relations the gold attribution relations, in file order
 */
record GoldDocument(String id, String text, List<Relation> relations) {
  GoldDocument {
    relations = List.copyOf(relations);
  }

  /**
   * One gold attribution relation; offsets are code points into the text.
   *
   * @param content the quoted or reported material, one or more pieces
   * @param source the local speaker mention; empty when the corpus gives none
   * @param form {@code direct}, {@code mixed}, {@code indirect}, or another form a corpus defines
   * @param speaker the acceptable canonical speaker names, or {@code null} when the gold has none
   * @param quoteType how the gold speaker is given beside the quote ({@code Explicit}, {@code
   *     Anaphoric}, {@code Implicit} in the novels), or {@code null} when the gold says nothing
   */
  record Relation(List<CpSpan> content, List<CpSpan> source, String form,
      @Nullable List<String> speaker, @Nullable String quoteType) {
    Relation {
      content = List.copyOf(content);
      source = List.copyOf(source);
      speaker = speaker == null ? null : List.copyOf(speaker);
    }

    /** A relation without a {@code quote_type}. */
    Relation(List<CpSpan> content, List<CpSpan> source, String form,
        @Nullable List<String> speaker) {
      this(content, source, form, speaker, null);
    }

    /** The reference scorer counts a relation "with a source" when it has a source or names. */
    boolean hasSourceOrNames() {
      return !source.isEmpty() || (speaker != null && !speaker.isEmpty());
    }
  }
}
