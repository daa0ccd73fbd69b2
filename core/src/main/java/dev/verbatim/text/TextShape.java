package dev.verbatim.text;

/**
 * Tells fiction from news by the shape of an analysed text, for {@code Genre.AUTO}. A novel is made
 * of dialogue: many paragraphs open with a quote mark, and most quotes are short lines with no cue
 * beside them ({@code “Did you?”} / {@code “Not I.”}). A news story quotes fewer, longer statements,
 * each with its cue. One pass over the quotes and paragraphs; stateless and thread-safe.
 */
public final class TextShape {
  /** Fewer dialogue paragraphs than this: too little dialogue to call the text fiction. */
  static final int MIN_DIALOGUE = 10;
  /** Quotes of at most this many words are "short lines". */
  static final int SHORT_WORDS = 8;

  private TextShape() {}

  /**
   * Whether {@code doc} reads as fiction: at least {@value #MIN_DIALOGUE} paragraphs open with a
   * quote mark and they are at least 35% of all paragraphs (dialogue density), and at least 35% of
   * those open with a short line of at most {@value #SHORT_WORDS} words ({@code “Did you?”}). News
   * opens fewer paragraphs with a quote, and its opening quotes are long statements.
   */
  public static boolean looksLikeFiction(TextDocument doc) {
    int dialogue = 0;
    int shortLines = 0;
    int next = 0;
    for (QuoteSpan q : doc.quotes()) {
      if (q.parent() >= 0 || q.start() < next || !opensParagraph(doc, q.start())) {
        continue;
      }
      next = doc.paragraphEnd(doc.paragraphAt(q.start()));
      dialogue++;
      if (words(doc.text(), q.innerStart(), q.innerEnd()) <= SHORT_WORDS) {
        shortLines++;
      }
    }
    return dialogue >= MIN_DIALOGUE && dialogue * 100 >= 35 * doc.paragraphCount()
        && shortLines * 100 >= 35 * dialogue;
  }

  private static boolean opensParagraph(TextDocument doc, int at) {
    return doc.paragraphStart(doc.paragraphAt(at)) == at;
  }

  private static int words(String text, int s, int e) {
    int words = 0;
    boolean in = false;
    for (int i = s; i < e; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }
}
