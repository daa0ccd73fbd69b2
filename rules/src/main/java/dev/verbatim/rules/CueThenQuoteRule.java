package dev.verbatim.rules;

import dev.verbatim.QuoteKind;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import org.jspecify.annotations.Nullable;

/**
 * The cue introduces the quote, after its speaker or after a participle of the main clause:
 *
 * <pre>
 *   Ruiz said: “We will not back down.”
 *   Ruiz said “we will not back down.”
 *   The minister spoke for an hour, saying “we will not back down.”
 *   Park welcomed the vote, adding: “It is a start.”
 *   Ruiz said at a rally in Ohio: “We will not back down.”      (a short phrase between)
 *   Ruiz thanked the crowd and added: “We will not back down.”  (the first verb's subject)
 * </pre>
 */
final class CueThenQuoteRule implements QuoteRule {
  static final String NAME = "cue-then-quote";

  @Override
  public @Nullable Found apply(DocumentRun run, QuoteSpan q) {
    TextDocument doc = run.doc;
    int open = run.openTok[q.id()];
    int s = run.sentenceOfToken(open);
    int floor = doc.sentenceFirstToken(s);
    int t = open - 1;
    if (t < floor && s > 0 && t >= 0 && Words.isPunct(doc, t, ':')
        && doc.sentenceEndToken(s - 1) == open) {
      // "Ruiz said:" closing the paragraph before the quote: the frame is the sentence before
      s--;
      floor = doc.sentenceFirstToken(s);
    }
    boolean punct = t >= floor && (Words.isPunct(doc, t, ':') || Words.isPunct(doc, t, ','));
    if (punct) {
      t--;
    }
    if (t < floor) {
      return null;
    }
    Cue cue = null;
    Mention inverted = null;
    for (Cue c : run.cues(s)) {
      if (c.firstTok() >= open) {
        break;
      }
      if (c.endTok() - 1 == t || c.endTok() - 1 < t && onlyTimeBetween(doc, c.endTok(), t + 1)) {
        cue = c;
        inverted = null;
      } else if (punct && c.endTok() <= t && !listener(c) && !c.risky() && !c.gerund()) {
        // "Said Ellis: “…”" (but "told Ellis: “…”" names the listener, "calling the vote “…”"
        // or "saying the plan “…”" an object, and "said the court's ruling “…”" with no comma or
        // colon before the quote a reported clause's subject)
        Mention m = run.ctx.subjects.after(doc, c.endTok(), open);
        if (m != null && m.endTok() == t + 1) {
          cue = c;
          inverted = m;
        }
      }
    }
    if (cue == null && punct) {
      cue = acrossPhrase(run, s, t, Words.isPunct(doc, t + 1, ':'));
    }
    if (cue == null || cue.kind() == Cue.Kind.SOURCE_AFTER) {
      return null;
    }
    Mention speaker;
    if (inverted != null) {
      speaker = inverted;
    } else if (cue.gerund() && Words.isPunct(doc, cue.firstTok() - 1, ',')) {
      speaker = mainSubject(run, s, floor, cue.firstTok());
    } else if (cue.gerund() && (speaker = nameBefore(run, floor, cue.firstTok())) != null) {
      // "footage of Ana Ruiz asking, “…”": the name the participle hangs on
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
      if (speaker == null && !listener(cue)) {
        speaker = run.ctx.subjects.after(doc, cue.endTok(), open); // not "told Fox News:"
      }
      if (speaker == null && Words.lower(doc, cue.firstTok() - 1).equals("and")) {
        // "Ruiz nodded and said: “…”": the sentence's subject, else the verb's just before "and"
        speaker = SentenceSubject.of(run, s, cue.firstTok());
        if (speaker == null) {
          speaker = coordinated(run, floor, cue.firstTok() - 1);
        }
      }
      if (speaker == null) {
        // "Ruiz waved before adding, “…”", "Crowds outside chanted “…”"
        speaker = mainSubject(run, s, floor, cue.firstTok());
      }
    }
    if (speaker == null) {
      return null;
    }
    run.cueUsed[cue.firstTok()] = true;
    return run.found(QuoteKind.DIRECT, DocumentRun.spansOf(q), cue, speaker, NAME, 0.9);
  }

  /**
   * The cue before a short phrase that ends at {@code last}, right before the comma or colon that
   * opens the quote: {@code said at a rally in Ohio:}, {@code told the crowd,}. The phrase may hold no
   * other cue; a risky verb needs the colon.
   */
  private static @Nullable Cue acrossPhrase(DocumentRun run, int s, int last, boolean colon) {
    Cue found = null;
    for (Cue c : run.cues(s)) {
      if (c.endTok() > last) {
        break;
      }
      found = c;
    }
    if (found == null || found.kind() != Cue.Kind.VERB && found.kind() != Cue.Kind.SUBJECT_PHRASE
        || found.risky() && !colon
        || last + 1 - found.endTok() > PHRASE) {
      return null;
    }
    for (int k = found.endTok(); k <= last; k++) {
      if (run.quoteAt[k] >= 0 || Words.isPunct(run.doc, k, ';')
          || COORDINATORS.contains(Words.lower(run.doc, k))) {
        return null;
      }
    }
    return found;
  }

  private static boolean listener(Cue c) {
    return c.verb() != null && (c.verb().lemma().equals("tell") || c.verb().lemma().equals("ask"));
  }

  /** A name ending right before a participle cue: {@code footage of Ana Ruiz asking}. */
  private static @Nullable Mention nameBefore(DocumentRun run, int floor, int cue) {
    for (int k = Math.max(floor, cue - 4); k < cue; k++) {
      Mention m = run.ctx.mentions.parseAt(run.doc, k, cue);
      if (m != null && m.endTok() == cue && m.type() == Mention.Type.NAME) {
        return m;
      }
    }
    return null;
  }

  /**
   * The subject of the verb just before {@code and}: {@code I laughed and said}, {@code the mayor
   * paused, smiled and said}. The verb is one or two words with no punctuation between.
   */
  private static @Nullable Mention coordinated(DocumentRun run, int floor, int and) {
    TextDocument doc = run.doc;
    for (int verbs = 1; verbs <= 2; verbs++) {
      int e = and - verbs;
      if (e <= floor) {
        return null;
      }
      Mention longest = null;
      for (int k = e - 1; k >= Math.max(floor, e - 5); k--) {
        if (!Words.isWord(doc, k) && !Words.isPunct(doc, k, '.')) {
          break;
        }
        Mention m = run.ctx.mentions.parseAt(doc, k, e);
        if (m != null && m.endTok() == e) {
          longest = m;
        }
      }
      if (longest != null) {
        return longest;
      }
    }
    return null;
  }

  /** Words that join a second clause, whose quote is no longer the cue's: "said X, and Y: “…”". */
  private static final java.util.Set<String> COORDINATORS =
      java.util.Set.of("and", "but", "or", "yet", "so", "whereas", "because");

  /** How many tokens may stand between a cue and the comma or colon before its quote. */
  private static final int PHRASE = 12;

  /** Only time words, or a short "of"/"about" phrase, between cue and quote: {@code says of Ruiz,}. */
  private static boolean onlyTimeBetween(TextDocument doc, int from, int to) {
    int k = Subjects.skipTime(doc, from, to);
    if (k < to && (Words.lower(doc, k).equals("of") || Words.lower(doc, k).equals("about"))
        && to - k <= 6) {
      for (int j = k + 1; j < to; j++) {
        if (!Words.isWord(doc, j) && !Words.isPunct(doc, j, '.')) {
          return false;
        }
      }
      return true;
    }
    return k >= to;
  }

  /** The subject of the sentence's main clause, for a participle: its first cue's, or its first phrase. */
  static @Nullable Mention mainSubject(DocumentRun run, int s, int floor, int before) {
    Mention tagged = QuoteFrameSubject.before(run, floor, before);
    if (tagged != null) {
      return tagged; // "“…,” said Ruiz, adding that …"
    }
    for (Cue c : run.cues(s)) {
      if (c.firstTok() >= before) {
        break;
      }
      Mention m = run.ctx.subjects.before(run.doc, c.firstTok(), floor);
      if (m != null) {
        return m;
      }
    }
    Mention opening = SentenceSubject.of(run, s, before);
    if (opening != null) {
      return opening;
    }
    for (int t = floor; t < Math.min(before, floor + 4); t++) {
      if (run.quoteAt[t] >= 0) {
        continue; // "“It's late,” …": a word of the quotation is no subject
      }
      Mention m = run.ctx.mentions.parseAt(run.doc, t, before);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
