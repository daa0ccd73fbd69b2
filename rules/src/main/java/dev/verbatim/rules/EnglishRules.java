package dev.verbatim.rules;

import dev.verbatim.Genre;
import dev.verbatim.QuoteKind;
import dev.verbatim.spi.Attribution;
import dev.verbatim.spi.AttributionRules;
import dev.verbatim.spi.QuoteDraft;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The English rules, applied in order of reliability: direct quotes first (a cue beside the quote),
 * then reported clauses from the cues left over, then quotes with no cue of their own, which continue
 * the speaker before them. Immutable and thread-safe; per-document state lives in {@link DocumentRun}.
 */
final class EnglishRules implements AttributionRules {
  static final String FLOATING = "floating-quote";
  static final String NON_SPEECH = "non-speech";
  /**
   * A quote with no cue must carry a statement: shorter cue-less quotes are more often headings,
   * slogans, chants and titles than speech (in the training news, under one in four were speech).
   */
  private static final int FLOATING_WORDS = 8;

  private final Context ctx;
  private final FictionRules fiction;
  private final List<String> vocabulary;
  private final QuoteRule nested = new NestedQuoteRule();
  private final List<QuoteRule> quoteRules =
      List.of(new QuoteThenCueRule(), new CueThenQuoteRule(), new DashRule(), new ColonRule());
  private final List<ClauseRule> clauseRules =
      List.of(new AccordingToRule(), new AskedByRule(), new ReportedClauseRule(),
          new FrontedClauseRule(),
          new StanceObjectRule(), new AsSourceRule());

  private final NominalCueRule nominal = new NominalCueRule();
  private final HeadlineRule headline = new HeadlineRule();

  EnglishRules(Lexicons lex) {
    this.vocabulary = List.copyOf(RuleVocabulary.of(lex));
    this.ctx = new Context(lex, new WordClasses(vocabulary, lex));
    this.fiction = new FictionRules(lex);
  }

  @Override
  public List<String> vocabulary() {
    return vocabulary;
  }

  @Override
  public Attribution attribute(TextDocument doc, boolean reportNonSpeech, Genre genre) {
    return genre == Genre.FICTION ? fiction.attribute(doc) : attribute(doc, reportNonSpeech);
  }

  @Override
  public Attribution attribute(TextDocument doc, boolean reportNonSpeech) {
    DocumentRun run = new DocumentRun(doc, ctx);
    List<QuoteSpan> quotes = doc.quotes();
    for (QuoteSpan q : quotes) {
      if (q.parent() >= 0) {
        run.direct[q.id()] = nested.apply(run, q);
        continue;
      }
      if (run.direct[q.id()] != null || !run.speechLike[q.id()]) {
        continue;
      }
      for (QuoteRule rule : quoteRules) {
        Found f = rule.apply(run, q);
        if (f != null) {
          run.direct[q.id()] = f;
          break;
        }
      }
    }
    headline.apply(run);
    for (int s = 0; s < doc.sentenceCount(); s++) {
      for (Cue cue : run.cues(s)) {
        if (run.cueUsed[cue.firstTok()]) {
          continue;
        }
        for (ClauseRule rule : clauseRules) {
          if (rule.apply(run, s, cue) != null) {
            break;
          }
        }
      }
      nominal.apply(run, s);
    }
    NestedClauses.prune(run);
    return assemble(run, reportNonSpeech);
  }

  private Attribution assemble(DocumentRun run, boolean reportNonSpeech) {
    TextDocument doc = run.doc;
    List<Found> found = new ArrayList<>();
    List<Boolean> unclosed = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    int[] draftOf = new int[doc.quotes().size()];
    java.util.Arrays.fill(draftOf, -1);
    Found last = null;
    Found lastDirect = null; // a quoted speaker outranks a reported one for the quote that follows
    int clause = 0;
    // A hash set, not List.contains: one lookup per quote must not scan every clause (quadratic).
    java.util.Set<Found> clauses = new java.util.HashSet<>(run.clauses);
    for (QuoteSpan q : doc.quotes()) {
      // Clauses that start before this quote come first, so "last" is the latest speaker.
      while (clause < run.clauses.size() && run.clauses.get(clause).spans()[0] < q.start()) {
        last = pick(run.clauses.get(clause), last);
        clause++;
      }
      Found f = run.direct[q.id()];
      if (q.parent() >= 0) {
        int p = q.parent();
        while (p >= 0 && draftOf[p] < 0) {
          p = doc.quotes().get(p).parent();
        }
        if (f != null && p >= 0) {
          draftOf[q.id()] = found.size();
          found.add(f);
          unclosed.add(q.unclosed());
          parents.add(draftOf[p]);
        }
        continue;
      }
      if (f != null && (f.spans().length == 0 || f.kind() != QuoteKind.DIRECT
          || clauses.contains(f))) {
        continue; // a second piece or part of a mixed clause
      }
      if (f == null && run.speechLike[q.id()] && startsSentence(run, q)
          && Words.wordsIn(doc, q, true) >= FLOATING_WORDS) {
        Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
        if (previous != null && previous == lastDirect && previous == last
            && ContinuedQuote.continues(run, previous, q)) {
          Found merged = ContinuedQuote.merge(previous, q);
          found.set(found.size() - 1, merged);
          draftOf[q.id()] = found.size() - 1;
          lastDirect = merged;
          last = merged;
          continue;
        }
        f = floating(run, q, sameParagraph(doc, last, q) ? last
            : lastDirect != null && doc.paragraphAt(q.start())
            - doc.paragraphAt(lastDirect.spans()[0]) <= 1 ? lastDirect : last);
        if (f == null) {
          continue; // speech-like but with no speaker near: not reported, not even as non-speech
        }
      }
      if (f == null && reportNonSpeech) {
        f = new Found(QuoteKind.NON_SPEECH, DocumentRun.spansOf(q), -1, -1, null, NON_SPEECH, 0.5);
      }
      if (f != null) {
        draftOf[q.id()] = found.size();
        found.add(f);
        unclosed.add(q.unclosed());
        parents.add(-1);
        last = pick(f, last);
        if (f.kind() == QuoteKind.DIRECT && f.speaker() != null) {
          lastDirect = f;
        }
      }
    }
    for (Found f : run.clauses) {
      found.add(f);
      unclosed.add(false);
      parents.add(-1);
    }
    List<Mention> speakers = new ArrayList<>();
    for (Found f : found) {
      if (f.speaker() != null) {
        speakers.add(f.speaker());
      }
    }
    speakers.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Coreference coref = new Coreference(run);
    coref.resolve(speakers);
    List<QuoteDraft> drafts = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      Mention m = f.speaker();
      drafts.add(new QuoteDraft(f.kind(), f.spans(), parents.get(i), f.cueStart(), f.cueEnd(),
          m == null ? -1 : m.start(), m == null ? -1 : m.end(),
          m == null ? -1 : coref.entityOf(m), f.confidence(), f.rule(), unclosed.get(i)));
    }
    return new Attribution(drafts, coref.drafts());
  }

  /** Whether {@code q} opens its sentence: a quote mid-sentence with no cue is a fragment. */
  private static boolean startsSentence(DocumentRun run, QuoteSpan q) {
    int open = run.openTok[q.id()];
    int s = run.sentenceOfToken(open);
    int first = run.doc.sentenceFirstToken(s);
    return open == first || open == first + 1 && Words.isDash(run.doc, first);
  }

  /** Whether {@code f} has a speaker and reports in the paragraph where {@code q} opens. */
  private static boolean sameParagraph(TextDocument doc, Found f, QuoteSpan q) {
    return f != null && f.speaker() != null
        && doc.paragraphAt(f.spans()[0]) == doc.paragraphAt(q.start());
  }

  private static Found pick(Found f, Found last) {
    return f.speaker() != null ? f : last;
  }

  /**
   * A quote with no cue of its own continues the latest speaker in its own or the previous
   * paragraph: the news convention for a paragraph that is only a quote. A speaker who reports in
   * the quote's own paragraph comes first; otherwise the last quoted speaker outranks a reported one:
   * <pre>
   *   “We will not close the school,” the mayor said.
   *
   *   Bell said the budget was “far too thin.” “If we cut again, parents will leave.”   → Bell
   * </pre> With no speaker that
   * near, it is not reported (null): in the training news such quotes were as often pull-quotes,
   * slogans and headings as speech, and a quote with no speaker is never a right attribution.
   */
  private static Found floating(DocumentRun run, QuoteSpan q, Found last) {
    TextDocument doc = run.doc;
    int[] spans = DocumentRun.spansOf(q);
    if (last != null && last.speaker() != null) {
      int p = doc.paragraphAt(q.start());
      int lp = doc.paragraphAt(last.spans()[0]);
      if (p - lp <= 1) {
        return new Found(QuoteKind.DIRECT, spans, -1, -1, last.speaker(), FLOATING, 0.6);
      }
    }
    return null;
  }
}
