package dev.verbatim.text;

import com.ibm.icu.text.BreakIterator;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries for one call: ICU's candidates, less those after an abbreviation or initial and
 * those inside a quotation, plus every paragraph boundary. Per-call state; not thread-safe.
 */
final class Sentences {
  private final String text;
  private final int[] ps;
  private final int[] pe;
  private final List<QuoteSpan> quotes;
  private final IntList tokS;
  private final Set<String> abbreviations;
  private final IntList starts = new IntList();
  private final IntList ends = new IntList();
  private final IntList firstTokens = new IntList();
  private final IntList paras = new IntList();

  Sentences(String text, int[] ps, int[] pe, List<QuoteSpan> quotes, IntList tokS, IntList tokE,
      Set<String> abbreviations) {
    this.text = text;
    this.ps = ps;
    this.pe = pe;
    this.quotes = quotes;
    this.tokS = tokS;
    this.abbreviations = abbreviations;
  }

  void split(BreakIterator it) {
    it.setText(text);
    int q = 0; // next top-level quote that may contain a boundary
    int tok = 0;
    int b = it.first();
    for (int p = 0; p < ps.length; p++) {
      int start = ps[p];
      while (b != BreakIterator.DONE && b <= start) {
        b = it.next();
      }
      while (true) {
        int end;
        if (b == BreakIterator.DONE || b >= pe[p]) {
          end = pe[p];
        } else {
          while (q < quotes.size() && quotes.get(q).end() <= b) {
            q++;
          }
          // Quotes are ordered by start, so the first one ending after b is the only candidate.
          boolean insideQuote = q < quotes.size() && quotes.get(q).start() < b;
          if (insideQuote || afterAbbreviation(b) || continuesLowerCase(b)) {
            b = it.next();
            continue;
          }
          end = b;
          b = it.next();
        }
        tok = add(start, end, p, tok);
        if (end >= pe[p]) {
          break;
        }
        start = end;
      }
    }
  }

  /**
   * English sentences do not start lower-case: {@code “Why?” she asked.} is one sentence, though
   * ICU breaks after any question or exclamation mark.
   */
  private boolean continuesLowerCase(int b) {
    int k = b;
    boolean lineBreak = false; // looked for only between b and k: a backward search is quadratic
    while (k < text.length() && QuoteDetector.isSpace(text.charAt(k))) {
      lineBreak |= text.charAt(k) == '\n';
      k++;
    }
    return !lineBreak && k < text.length() && Character.isLowerCase(text.charAt(k));
  }

  private boolean afterAbbreviation(int b) {
    int k = b - 1;
    while (k >= 0 && QuoteDetector.isSpace(text.charAt(k))) {
      k--;
    }
    if (k < 1 || text.charAt(k) != '.') {
      return false;
    }
    int w = k;
    while (w > 0 && k - w < 12
        && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    if (w == k) {
      return false;
    }
    if (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
      return false;
    }
    String word = text.substring(w, k);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: J. Edgar Hoover
    }
    return abbreviations.contains(word);
  }

  private int add(int s, int e, int p, int tok) {
    while (s < e && QuoteDetector.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && QuoteDetector.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return tok;
    }
    while (tok < tokS.size() && tokS.get(tok) < s) {
      tok++;
    }
    starts.add(s);
    ends.add(e);
    firstTokens.add(tok);
    paras.add(p);
    return tok;
  }

  int[] starts() {
    return starts.toArray();
  }

  int[] ends() {
    return ends.toArray();
  }

  int[] firstTokens() {
    return firstTokens.toArray();
  }

  int[] paragraphs() {
    return paras.toArray();
  }
}
