package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Per-call state for attributing one document: token-to-quote maps, the cues of each sentence, which
 * cues the rules have used, and what they found. Created and dropped by each {@code attribute} call;
 * never shared between threads.
 */
final class DocumentRun {
  final TextDocument doc;
  final Context ctx;
  /** Top-level quote covering each token, or -1. */
  final int[] quoteAt;
  /** For each quote id: its opening and closing mark tokens (-1 when unclosed). */
  final int[] openTok;
  final int[] closeTok;
  final boolean[] speechLike;
  /** For each quote id, what a rule found, or null. */
  final Found[] direct;
  /** Indirect and mixed attributions found from cues. */
  final List<Found> clauses = new ArrayList<>();
  /** Whether a rule used the cue starting at each token. */
  final boolean[] cueUsed;
  private final List<Cue>[] sentenceCues;
  // The last cue's speaker (CueSpeaker.of): the clause rules try one cue in turn, and three of
  // them ask for its speaker, which depends only on the document, the sentence and the cue.
  private @Nullable Cue speakerCue;
  private int speakerSentence = -1;
  private @Nullable Mention speaker;

  @SuppressWarnings("unchecked")
  DocumentRun(TextDocument doc, Context ctx) {
    this.doc = doc;
    this.ctx = ctx;
    int n = doc.tokenCount();
    List<QuoteSpan> quotes = doc.quotes();
    quoteAt = new int[n];
    Arrays.fill(quoteAt, -1);
    openTok = new int[quotes.size()];
    closeTok = new int[quotes.size()];
    speechLike = new boolean[quotes.size()];
    direct = new Found[quotes.size()];
    for (QuoteSpan q : quotes) {
      int o = doc.tokenAtOrAfter(q.start());
      openTok[q.id()] = o;
      int c = q.unclosed() ? -1 : doc.tokenAtOrAfter(q.end() - 1);
      closeTok[q.id()] = c;
      speechLike[q.id()] = ctx.speech.looksLikeSpeech(doc, q);
      if (q.parent() < 0) {
        int last = c >= 0 ? c : doc.tokenAtOrAfter(q.end()) - 1;
        for (int t = o; t <= last && t < n; t++) {
          quoteAt[t] = q.id();
        }
      }
    }
    cueUsed = new boolean[n];
    sentenceCues = new List[doc.sentenceCount()];
  }

  /** {@link CueSpeaker#of}, computed once for consecutive requests about the same cue. */
  @Nullable Mention speakerOf(int s, Cue cue) {
    if (cue != speakerCue || s != speakerSentence) {
      speaker = CueSpeaker.of(this, s, cue);
      speakerCue = cue;
      speakerSentence = s;
    }
    return speaker;
  }

  /** The cues of sentence {@code s} that stand outside quotations. */
  List<Cue> cues(int s) {
    List<Cue> c = sentenceCues[s];
    if (c == null) {
      c = new ArrayList<>();
      for (Cue cue : ctx.cues.find(doc, doc.sentenceFirstToken(s), doc.sentenceEndToken(s))) {
        if (quoteAt[cue.firstTok()] < 0) {
          c.add(cue);
        }
      }
      sentenceCues[s] = c;
    }
    return c;
  }

  /** The first cue of sentence {@code s} starting at or after token {@code from} and before {@code to}. */
  @Nullable Cue firstCue(int s, int from, int to) {
    for (Cue c : cues(s)) {
      if (c.firstTok() >= from && c.firstTok() < to) {
        return c;
      }
    }
    return null;
  }

  /** Whether char {@code offset} lies inside a top-level quotation. */
  boolean insideQuote(int offset) {
    int t = doc.tokenAtOrAfter(offset);
    return t < quoteAt.length && quoteAt[t] >= 0 && doc.tokenStart(t) <= offset;
  }

  int sentenceOfToken(int t) {
    return doc.sentenceAt(doc.tokenStart(Math.min(t, doc.tokenCount() - 1)));
  }

  /** Char span of the cue. */
  int cueStart(Cue c) {
    return doc.tokenStart(c.firstTok());
  }

  int cueEnd(Cue c) {
    // "quoted X as saying": the cue is the verb, not the slot
    return doc.tokenEnd(c.kind() == Cue.Kind.SLOT && c.speakerTok() > c.firstTok()
        ? c.firstTok() : c.endTok() - 1);
  }

  Found found(QuoteKind kind, int[] spans, Cue cue, @Nullable Mention speaker, String rule,
      double confidence) {
    return new Found(kind, spans, cueStart(cue), cueEnd(cue), speaker, rule, confidence);
  }

  static int[] spansOf(QuoteSpan q) {
    int[] s = new int[2 * q.pieceCount()];
    for (int i = 0; i < q.pieceCount(); i++) {
      s[2 * i] = q.pieceStart(i);
      s[2 * i + 1] = q.pieceEnd(i);
    }
    return s;
  }
}
