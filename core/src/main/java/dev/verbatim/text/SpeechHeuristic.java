package dev.verbatim.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells speech from scare quotes, titles and nicknames, from the quotation alone and the words just
 * before it. Speech ends in punctuation inside its marks ({@code “No,” she said}) or runs to a clause;
 * a scare quote is short and bare ({@code the so-called “reform”}); a title is capitalised throughout
 * or follows a naming word ({@code the film “Night Train”}). Attribution rules may overrule it when a cue
 * stands beside the quote. Immutable and thread-safe.
 */
public final class SpeechHeuristic {
  /** Quotations this long are taken for speech unless a naming word stands before them. */
  private static final int SPEECH_WORDS = 6;

  private final Set<String> namingWords;

  public SpeechHeuristic(List<String> namingWords) {
    this.namingWords = Set.copyOf(namingWords.stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  /** The naming words shipped in {@code naming-words.txt}. */
  public static List<String> defaultNamingWords() {
    return LexiconFile.resource(SpeechHeuristic.class, "naming-words.txt");
  }

  /** Whether quotation {@code q} of {@code doc} reads as speech. */
  public boolean looksLikeSpeech(TextDocument doc, QuoteSpan q) {
    String text = doc.text();
    int s = q.innerStart();
    int e = q.innerEnd();
    while (s < e && QuoteDetector.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && QuoteDetector.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return false;
    }
    int end = e;
    while (end > s + 1 && QuoteMarks.isMark(text.charAt(end - 1))) {
      end--; // an inner quote closing with the outer: “We’re like ‘salt and pepper,’”
    }
    int words = 0;
    int capitalised = 0;
    boolean inWord = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
          capitalised++;
        }
      }
      inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
    }
    char last = text.charAt(end - 1);
    boolean endPunct = last == ',' || last == '.' || last == '!' || last == '?' || last == '\u2026'
        || last == ':' || last == ';' || last == '\u2014' || last == '\u2013' || last == '-';
    boolean named = afterNamingWord(doc, q.start());
    if (named) {
      return endPunct && words >= SPEECH_WORDS;
    }
    if (q.pieceCount() > 1 || (q.unclosed() && words >= SPEECH_WORDS)) {
      return true;
    }
    if (endPunct) {
      return words >= 2 || last != ',' || startsSentence(doc, q.start());
    }
    boolean titleCase = words >= 2 && capitalised == words;
    return words >= SPEECH_WORDS && !titleCase;
  }

  /** Whether the quotation opens a sentence (after a closed quote too: {@code “No.” “Really,” she said}). */
  private static boolean startsSentence(TextDocument doc, int at) {
    String text = doc.text();
    int k = at - 1;
    while (k >= 0 && QuoteDetector.isSpace(text.charAt(k))) {
      k--;
    }
    if (k < 0 || text.charAt(k) == '.' || text.charAt(k) == '\n' || text.charAt(k) == ':') {
      return true;
    }
    return doc.sentenceCount() > 0 && doc.sentenceStart(doc.sentenceAt(at)) == at
        || doc.paragraphCount() > 0 && doc.paragraphStart(doc.paragraphAt(at)) == at;
  }

  /** Whether one of the two words before {@code at} is a naming word (so-called, dubbed, titled). */
  private boolean afterNamingWord(TextDocument doc, int at) {
    int t = doc.tokenAtOrAfter(at) - 1;
    for (int seen = 0; t >= 0 && seen < 2; t--) {
      if (doc.tokenType(t) == TextDocument.PUNCT) {
        if (doc.tokenIs(t, '-')) {
          continue;
        }
        return false;
      }
      String w = doc.tokenText(t).toLowerCase(Locale.ROOT);
      if (namingWords.contains(w)) {
        return true;
      }
      // so-called is two tokens around a hyphen
      if (w.equals("called") && t >= 2 && doc.tokenIs(t - 1, '-')
          && doc.tokenText(t - 2).equalsIgnoreCase("so")) {
        return true;
      }
      seen++;
    }
    return false;
  }
}
