package dev.verbatim.rules;

import dev.verbatim.text.TextDocument;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who speaks at a cue that introduces a reported clause or object, and whether the cue is a verb
 * there at all:
 *
 * <pre>
 *   Ruiz said the plant would close.           (the subject before the cue)
 *   The minister left, saying it was over.     (a participle: the sentence's subject)
 *   The paper quoted Ruiz as saying ...        (the slot in the cue)
 *   the swing state of Ohio                    (no subject: "state" does not agree, so a noun)
 *   Ruiz was criticized for the plan           (passive: Ruiz did not speak)
 *   The timing indicates they were allies.     (a thing before a risky cue: see {@link Animacy})
 * </pre>
 *
 * Stateless and thread-safe.
 */
final class CueSpeaker {
  private CueSpeaker() {}

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being",
      "get", "got", "gets");

  private static final Set<String> GERUND_OPENERS = Set.of("before", "after", "while", "when",
      "by", "without", "since");

  /**
   * Whether the gerund at token {@code t} is a participle of the sentence's subject: after a comma,
   * also one that a quotation closes ({@code talked up her “ward plan,” promising to visit every
   * ward}), or after {@code before}, {@code while} and the like.
   */
  static boolean participle(TextDocument doc, int t) {
    int k = t - 1;
    while (k > 0 && t - k <= 2 && Words.isQuoteMark(doc, k)) {
      k--; // a closing quote mark after the comma: ,” or ,''
    }
    return t > 0 && (Words.isPunct(doc, k, ',')
        || GERUND_OPENERS.contains(Words.lower(doc, t - 1)));
  }

  /** The speaker of {@code cue} in sentence {@code s}, or null when there is none. */
  static @Nullable Mention of(DocumentRun run, int s, Cue cue) {
    TextDocument doc = run.doc;
    int floor = doc.sentenceFirstToken(s);
    Mention speaker;
    if (cue.kind() == Cue.Kind.SLOT) {
      speaker = run.ctx.mentions.parseAt(doc, cue.speakerTok(), cue.speakerEndTok());
    } else if ((speaker = WithParticiple.speaker(run, cue, floor)) != null) {
      // ", with Minister Ilse Varga stating that": the phrase after "with" speaks
    } else if (cue.gerund() && participle(doc, cue.firstTok())) {
      // "..., saying", "before clarifying that", "after telling reporters": the sentence's subject
      speaker = CueThenQuoteRule.mainSubject(run, s, floor, cue.firstTok());
    } else {
      speaker = run.ctx.subjects.before(doc, cue.firstTok(), floor);
      if (speaker == null && cue.kind() == Cue.Kind.VERB) {
        speaker = ClauseSubjects.before(run, cue.firstTok(), floor);
      } else if (speaker != null) {
        speaker = ClauseSubjects.widen(run, speaker, cue.firstTok(), floor);
        speaker = ClauseSubjects.relativeOf(run, speaker, cue.firstTok(), floor);
      }
    }
    if ((speaker == null || !agrees(run, cue, speaker)
        || !Animacy.allows(run.ctx.lex, cue, speaker)) && cue.kind() == Cue.Kind.VERB
        && !cue.gerund()) {
      // "A video of the debate shows ...": past a thing that cannot speak to the document
      // "Polls show that ...": a document with no determiner, which is no speaker phrase
      speaker = DocumentSubject.before(run, cue.firstTok(), floor);
      if (speaker == null) {
        speaker = ModifiedDocumentSubject.before(run, cue.firstTok(), floor); // "A poll out today shows"
      }
      if (speaker == null) {
        speaker = GroupSubject.before(run, cue, floor); // "Farm groups say ...", "Banks say ..."
      }
    }
    return speaker == null || !agrees(run, cue, speaker)
        || !Animacy.allows(run.ctx.lex, cue, speaker) ? null : speaker;
  }

  /**
   * A present-tense cue right after its subject agrees with it in number, or it is a noun: {@code
   * the swing state}, {@code three states}, {@code the planned attack} are no reports.
   */
  private static boolean agrees(DocumentRun run, Cue cue, Mention speaker) {
    if (cue.verb() == null || cue.kind() != Cue.Kind.VERB || speaker.endTok() != cue.firstTok()) {
      return true;
    }
    String form = Words.lower(run.doc, cue.firstTok());
    String lemma = cue.verb().lemma();
    boolean third = !cue.verb().base() && form.endsWith("s") && !form.endsWith("ss")
        && (form.equals(lemma + "s") || form.equals(lemma + "es") || form.endsWith("ies"));
    if (!cue.verb().base() && !third) {
      return true; // past or participle: no agreement to check
    }
    if (!speaker.isPronoun() && !speaker.key().endsWith("s")
        && run.ctx.lex.speakingNouns.contains(speaker.key())) {
      return true; // a share takes either number: "9 percent say", "a majority says"
    }
    String head = Words.lower(run.doc, speaker.endTok() - 1);
    if (!speaker.isPronoun() && !head.endsWith("s") && run.ctx.lex.documentHeads.contains(head)) {
      return true; // a document noun with no plural ending: "data show", "the data shows"
    }
    String w = speaker.isPronoun() ? Words.lower(run.doc, speaker.firstTok()) : "";
    boolean plural = speaker.plural() || w.equals("i") || w.equals("you");
    return third != plural;
  }

  /** {@code Ruiz was criticized}: the subject is not who spoke. */
  static boolean passive(TextDocument doc, int c, int floor) {
    int k = c - 1;
    while (k >= floor && Words.isWord(doc, k) && !BE.contains(Words.lower(doc, k))
        && (Words.AUXILIARIES.contains(Words.lower(doc, k)) || Words.lower(doc, k).endsWith("ly"))) {
      k--;
    }
    return k >= floor && BE.contains(Words.lower(doc, k));
  }
}
