package dev.verbatim.rules;

import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.spi.EntityDraft;
import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The conversation state of one novel, read turn by turn in text order: who spoke last, who spoke
 * before, which characters the narrative named most recently (by gender, for {@code he} and
 * {@code she}), and the speakers as output entities.
 *
 * <pre>
 *   “Will you come, Nora?” said Tom.    tagged: Tom; the line addresses Nora
 *   “I will.”                           untagged: the one addressed answers, Nora
 *   “Tonight?”                          untagged: the turn goes back to Tom
 *   Nora laughed. “Why not?”            the character acting in the paragraph: Nora
 *   Tom turned to Edith Bray.           a narrative paragraph: its latest subject, Tom, not
 *   “Shall we go?”                        Edith, the latest named
 * </pre>
 *
 * Name mentions are consumed once, in order, as the turns advance: linear in the text. Per document,
 * never shared.
 */
final class Turns {
  /** The speaker decided for one turn. */
  record Decision(int entity, int cueStart, int cueEnd, int refStart, int refEnd, String rule,
      double confidence, DialogueTag.@Nullable Kind kind, Gender tagGender) {}

  private final TextDocument doc;
  private final Cast cast;
  private final Lexicons lex;
  private final FictionLexicon fl;
  private final boolean[] inQuote;
  private int cursor;
  /** Latest character named in the narrative, by gender: [M, F]. */
  private final int[] lastOfGender = {-1, -1};
  /**
   * Latest character of each gender [M, F] named as the subject of a narrative sentence since the
   * last turn ({@code Nora put down her cup.}), or -1.
   */
  private final int[] subjectOfGender = {-1, -1};
  /** Latest character named as a clause's subject in the narrative since the last turn, or -1. */
  private int subjectSince = -1;
  private int recent1 = -1;
  private int recent2 = -1;
  private final int[] lastMention;
  /** Speakers as entity ids. */
  private int lastSpeaker = -1;
  private int otherSpeaker = -1;
  private int lastTurnPara = -2;
  private int addressed = -1;
  private int narrativeSince = -1;
  private final Kin kin;

  private final List<String> names = new ArrayList<>();
  private final List<Gender> genders = new ArrayList<>();
  private final List<List<int[]>> mentions = new ArrayList<>();
  /** The cast character of each entity, or -1 for phrase entities. */
  private final List<Integer> characterOf = new ArrayList<>();
  private final Map<Integer, Integer> entityOfCharacter = new HashMap<>();
  private final Map<String, Integer> entityOfPhrase = new HashMap<>();
  /** How often each entity was addressed by name in a line next to the narrator's. */
  private final Map<Integer, Integer> narratorCalled = new HashMap<>();
  /** Addresses that name a first-person narrator. */
  static final int NARRATOR_CALLS = 3;

  Turns(TextDocument doc, Cast cast, Lexicons lex, FictionLexicon fl) {
    this.doc = doc;
    this.cast = cast;
    this.lex = lex;
    this.fl = fl;
    kin = new Kin(cast, fl);
    inQuote = new boolean[doc.tokenCount()];
    for (QuoteSpan q : doc.quotes()) {
      if (q.parent() < 0) {
        for (int t = doc.tokenAtOrAfter(q.start()); t < doc.tokenCount()
            && doc.tokenStart(t) < q.end(); t++) {
          inQuote[t] = true;
        }
      }
    }
    lastMention = new int[cast.characters.size()];
    java.util.Arrays.fill(lastMention, -1);
  }

  /** Decides the speaker of one paragraph's dialogue lines. */
  Decision decide(List<QuoteSpan> turn, int para) {
    advanceTo(turn.get(0).start());
    boolean adjacent = para - lastTurnPara <= 1 && narrativeSince < 0;
    int paraFirst = doc.tokenAtOrAfter(doc.paragraphStart(para));
    int paraEnd = doc.tokenAtOrAfter(doc.paragraphEnd(para));
    DialogueTag.Ref tag = null;
    int from = paraFirst - 1;
    for (int k = 0; k < turn.size() && tag == null; k++) {
      QuoteSpan q = turn.get(k);
      int open = doc.tokenAtOrAfter(q.start());
      int close = q.unclosed() ? -1 : doc.tokenAtOrAfter(q.end() - 1);
      int stop = k + 1 < turn.size() ? doc.tokenAtOrAfter(turn.get(k + 1).start()) : paraEnd;
      tag = close >= 0 ? DialogueTag.after(doc, cast, fl, lex, close, stop) : null;
      if (tag == null) {
        tag = DialogueTag.before(doc, cast, fl, lex, open, from);
      }
      from = close;
    }
    int addressee = vocative(turn);
    int speaker = -1;
    String rule = FictionRules.UNATTRIBUTED;
    double conf = 0.3;
    if (tag != null) {
      speaker = resolve(tag, adjacent);
      rule = FictionRules.TAGGED;
      conf = 0.9;
    }
    if (tag == null && para > 0 && para - 1 != lastTurnPara) {
      DialogueTag.Ref lead = leadIn(para - 1, paraFirst);
      if (lead != null) {
        speaker = resolve(lead, adjacent);
        if (speaker >= 0) {
          tag = lead;
          rule = FictionRules.TAGGED;
          conf = 0.8;
        }
      }
    }
    if (speaker < 0 && tag == null) {
      DialogueTag.Ref act = action(para, paraFirst, paraEnd);
      if (act != null) {
        speaker = resolve(act, adjacent);
        tag = act;
        rule = FictionRules.ACTION;
        conf = 0.7;
        if (speaker < 0) {
          tag = null;
        }
      }
    }
    if (speaker < 0) {
      tag = null;
      if (adjacent && addressed >= 0 && addressed != lastSpeaker) {
        speaker = addressed;
      } else if (adjacent && otherSpeaker >= 0) {
        speaker = otherSpeaker;
      } else if (!adjacent && narrativeSince >= 0) {
        speaker = entityOf(subjectSince >= 0 ? subjectSince : narrativeSince);
      } else if (!adjacent && para - lastTurnPara <= NEAR && lastSpeaker >= 0) {
        speaker = afterNarrative(para - 1);
      }
      if (speaker >= 0 && speaker == addressee && lastSpeaker >= 0 && lastSpeaker != speaker) {
        speaker = lastSpeaker;
      }
      rule = speaker >= 0 ? FictionRules.TURN : FictionRules.UNATTRIBUTED;
      conf = 0.5;
    }
    // "You are late, Quill." / "I know," I said: the narrator is the one the others address.
    int narrator = entityOfPhrase.getOrDefault("narrator", -1);
    if (narrator >= 0 && adjacent && speaker == narrator && addressed >= 0 && addressed != narrator) {
      narratorCalled.merge(addressed, 1, Integer::sum);
    } else if (narrator >= 0 && adjacent && lastSpeaker == narrator && addressee >= 0
        && addressee != narrator) {
      narratorCalled.merge(addressee, 1, Integer::sum);
    }
    if (speaker >= 0 && speaker != lastSpeaker) {
      otherSpeaker = lastSpeaker;
      lastSpeaker = speaker;
    }

    addressed = addressee;
    lastTurnPara = para;
    narrativeSince = -1;
    subjectOfGender[0] = subjectOfGender[1] = -1;
    subjectSince = -1;
    int cueS = tag != null && tag.cueTok() >= 0 ? doc.tokenStart(tag.cueTok()) : -1;
    int cueE = tag != null && tag.cueTok() >= 0 ? doc.tokenEnd(tag.cueEndTok() - 1) : -1;
    int refS = tag != null && speaker >= 0 ? doc.tokenStart(tag.firstTok()) : -1;
    int refE = tag != null && speaker >= 0 ? doc.tokenEnd(tag.endTok() - 1) : -1;
    if (refS >= 0 && tag.kind() != DialogueTag.Kind.NAME) { // a name is among the cast's mentions
      mentions.get(speaker).add(new int[] {refS, refE});
    }
    return new Decision(speaker, cueS, cueE, refS, refE, rule, conf, tag != null ? tag.kind() : null,
        tag != null ? tag.gender() : Gender.UNKNOWN);
  }

  /** The mention to report for quote {@code q}: the tag's phrase, or the speaker's latest name. */
  int @Nullable [] speakerSpan(Decision d, QuoteSpan q) {
    if (d.entity() < 0) {
      return null;
    }
    if (d.refStart() >= 0) {
      return new int[] {d.refStart(), d.refEnd()};
    }
    int c = characterOf.get(d.entity());
    if (c >= 0 && lastMention[c] >= 0) {
      Cast.Named m = cast.mentions().get(lastMention[c]);
      return new int[] {m.start(), m.end()};
    }
    List<int[]> ms = mentions.get(d.entity());
    return ms.isEmpty() ? null : ms.get(0);
  }

  /** The gender of an entity, as far as the cast knows it. */
  Gender genderOf(int entity) {
    return entity >= 0 && entity < genders.size() ? genders.get(entity) : Gender.UNKNOWN;
  }

  List<EntityDraft> entities() {
    List<EntityDraft> out = new ArrayList<>();
    int narrator = entityOfPhrase.getOrDefault("narrator", -1);
    int called = -1;
    for (Map.Entry<Integer, Integer> c : narratorCalled.entrySet()) {
      if (c.getValue() >= NARRATOR_CALLS
          && (called < 0 || c.getValue() > narratorCalled.get(called))) {
        called = c.getKey();
      }
    }
    for (int e = 0; e < names.size(); e++) {
      List<int[]> ms = new ArrayList<>(mentions.get(e));
      ms.sort((a, b) -> Integer.compare(a[0], b[0]));
      out.add(FictionRules.entity(e == narrator && called >= 0 ? names.get(called) : names.get(e),
          ms));
    }
    return out;
  }

  private int resolve(DialogueTag.Ref r, boolean adjacent) {
    switch (r.kind()) {
      case NAME:
        return entityOf(r.character());
      case PRONOUN: {
        int g = r.gender() == Gender.M ? 0 : 1;
        if (adjacent && otherSpeaker >= 0 && genders.get(otherSpeaker) == r.gender()) {
          return otherSpeaker;
        }
        // "Nora looked at Edith. … “No,” she said.": she is the narrative's subject, Nora
        if (subjectOfGender[g] >= 0) {
          return entityOf(subjectOfGender[g]);
        }
        return lastOfGender[g] >= 0 ? entityOf(lastOfGender[g]) : -1;
      }
      case CONVERSATIONAL:
        return switch (r.refers()) {
          case LATTER -> recent1 >= 0 ? entityOf(recent1) : -1;
          case FORMER -> recent2 >= 0 ? entityOf(recent2) : -1;
          case OTHER -> otherSpeaker;
        };
      case OTHER_NAME:
        return phraseEntity(r.phrase().toLowerCase(java.util.Locale.ROOT), r.phrase());
      case NARRATOR:
        return phraseEntity("narrator", "Narrator");
      case PHRASE: {
        // "said her aunt", "cried the old man": in a conversation, the one whose turn it is
        Gender g = phraseGender(r.phrase());
        String owner = r.phrase().substring(0, Math.max(0, r.phrase().indexOf(' ')))
            .toLowerCase(java.util.Locale.ROOT);
        int k = owner.equals("his") ? kin.of(r.phrase(), lastOfGender[0])
            : owner.equals("her") ? kin.of(r.phrase(), lastOfGender[1]) : -1;
        if (k >= 0) {
          return entityOf(k);
        }
        if (adjacent && otherSpeaker >= 0 && characterOf.get(otherSpeaker) >= 0
            && agrees(otherSpeaker, g)) {
          return otherSpeaker;
        }
        // "Nora came in from the rain. “…,” said the girl.": the subject the narrative is about
        if (slot(g) >= 0 && subjectOfGender[slot(g)] >= 0) {
          return entityOf(subjectOfGender[slot(g)]);
        }
        return phraseEntity(r.phrase(), r.phrase());
      }
      default:
        return -1;
    }
  }

  /** A character named or referred to at the start of a narrative sentence in the paragraph. */
  private DialogueTag.@Nullable Ref action(int para, int paraFirst, int paraEnd) {
    int s = doc.sentenceAt(doc.paragraphStart(para));
    for (; s < doc.sentenceCount() && doc.sentenceParagraph(s) == para; s++) {
      int f = doc.sentenceFirstToken(s);
      if (f >= paraEnd || f < paraFirst || inQuote[f]) {
        continue;
      }
      DialogueTag.Ref m = DialogueTag.mention(doc, cast, fl, lex, f, doc.sentenceEndToken(s), -1, -1);
      if (m != null && (m.kind() == DialogueTag.Kind.NAME || m.kind() == DialogueTag.Kind.PRONOUN)
          && Words.isWord(doc, m.endTok())
          && Character.isLowerCase(doc.text().charAt(doc.tokenStart(m.endTok())))) {
        return m;
      }
    }
    return null;
  }

  /**
   * The subject of a narrative paragraph that ends with a colon or comma and leads in the next
   * paragraph's line: {@code Nora turned to him and said quietly:} / {@code “Not yet.”}.
   */
  private DialogueTag.@Nullable Ref leadIn(int prev, int nextFirst) {
    int last = nextFirst - 1;
    if (last < 0 || inQuote[last] || !(Words.isPunct(doc, last, ':') || Words.isPunct(doc, last, ',')
        || Words.isDash(doc, last))) {
      return null;
    }
    int s = doc.sentenceAt(doc.tokenStart(last));
    int f = Math.max(doc.sentenceFirstToken(s), doc.tokenAtOrAfter(doc.paragraphStart(prev)));
    for (int t = f; t < last && t < f + 6; t++) {
      if (inQuote[t]) {
        return null;
      }
      DialogueTag.Ref m = DialogueTag.mention(doc, cast, fl, lex, t, last, -1, -1);
      if (m != null && (m.kind() == DialogueTag.Kind.NAME || m.kind() == DialogueTag.Kind.PRONOUN)) {
        return m;
      }
    }
    return null;
  }

  /** Most paragraphs since the last turn for a nameless narrative to leave its speakers on. */
  static final int NEAR = 2;

  /**
   * The speaker after a narrative paragraph that names no one: the one of the last two speakers whose
   * gender its opening pronoun has ({@code He shook his head.}), else the turn goes on alternating.
   */
  private int afterNarrative(int prev) {
    int f = doc.tokenAtOrAfter(doc.paragraphStart(prev));
    Lexicons.Noun p = Words.isWord(doc, f) ? lex.pronouns.get(doc.tokenLower(f)) : null;
    if (p != null && !p.plural() && (p.gender() == Gender.M || p.gender() == Gender.F)) {
      boolean last = genders.get(lastSpeaker) == p.gender();
      boolean other = otherSpeaker >= 0 && genders.get(otherSpeaker) == p.gender();
      if (last != other) {
        return last ? lastSpeaker : otherSpeaker;
      }
    }
    return otherSpeaker;
  }

  /** The character a line of the turn addresses by name ({@code “Nora, come here.”}), or -1. */
  private int vocative(List<QuoteSpan> turn) {
    for (QuoteSpan q : turn) {
      int end = doc.tokenAtOrAfter(q.end());
      for (int t = doc.tokenAtOrAfter(q.start()) + 1; t < end && t < doc.tokenCount(); t++) {
        Cast.Named m = cast.nameAt(t);
        if (m == null) {
          continue;
        }
        boolean before = Words.isPunct(doc, t - 1, ',') || Words.isQuoteMark(doc, t - 1)
            || Words.isWord(doc, t - 1) && doc.tokenLower(t - 1).equals("dear");
        int a = m.endTok();
        boolean after = a < doc.tokenCount() && (Words.isPunct(doc, a, ',')
            || Words.isPunct(doc, a, '!') || Words.isPunct(doc, a, '?')
            || Words.isPunct(doc, a, '.') || Words.isQuoteMark(doc, a));
        if (before && after) {
          return entityOf(m.character());
        }
      }
    }
    return -1;
  }

  /** Consumes the name mentions before {@code offset}. */
  private void advanceTo(int offset) {
    List<Cast.Named> all = cast.mentions();
    while (cursor < all.size() && all.get(cursor).start() < offset) {
      Cast.Named m = all.get(cursor++);
      lastMention[m.character()] = cursor - 1;
      if (inQuote[m.firstTok()]) {
        continue;
      }
      noteNarrative(m.character());
      Gender g = cast.get(m.character()).gender;
      boolean subject = isSubject(m);
      if (slot(g) >= 0 && subject) {
        subjectOfGender[slot(g)] = m.character();
      }
      Integer e = entityOfCharacter.get(m.character());
      if (subject && (e == null || e != lastSpeaker)) {
        subjectSince = m.character();
      }
    }
  }

  /**
   * Whether a name is the subject of a clause: a lower-case word follows it ({@code Nora turned})
   * and it opens its sentence or follows a punctuation mark or a coordinator ({@code and Nora},
   * {@code but Nora}); not after a preposition, a verb or a subordinator ({@code When Nora left,
   * Edith …}, {@code looked at Nora and}).
   */
  private boolean isSubject(Cast.Named m) {
    int e = m.endTok();
    if (!Words.isWord(doc, e) || !Character.isLowerCase(doc.text().charAt(doc.tokenStart(e)))) {
      return false;
    }
    int p = m.firstTok() - 1;
    if (p < doc.sentenceFirstToken(doc.sentenceAt(m.start()))
        || !Words.isWord(doc, p) && !Words.isQuoteMark(doc, p)) {
      return true;
    }
    return Words.isWord(doc, p) && COORDINATORS.contains(doc.tokenLower(p));
  }

  /** Words after which a name may open a new clause: {@code and Nora turned}. */
  private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "but", "then",
      "yet", "so", "nor", "now");

  /** {@code g}'s index in {@link #lastOfGender} and {@link #subjectOfGender}: M 0, F 1, else -1. */
  private static int slot(Gender g) {
    return g == Gender.M ? 0 : g == Gender.F ? 1 : -1;
  }

  private void noteNarrative(int c) {
    Gender g = cast.get(c).gender;
    if (slot(g) >= 0) {
      lastOfGender[slot(g)] = c;
    }
    if (c != recent1) {
      recent2 = recent1;
      recent1 = c;
    }
    Integer e = entityOfCharacter.get(c);
    if (e == null || e != lastSpeaker) {
      narrativeSince = c;
    }
  }

  private boolean agrees(int entity, Gender g) {
    Gender eg = genders.get(entity);
    return g == Gender.UNKNOWN || eg == Gender.UNKNOWN || eg == g;
  }

  /** The gender of a phrase's last word, a role noun ({@code aunt}, {@code old man}), if known. */
  private Gender phraseGender(String phrase) {
    Lexicons.Noun n = lex.roleNouns.get(phrase.substring(phrase.lastIndexOf(' ') + 1));
    return n == null ? Gender.UNKNOWN : n.gender();
  }

  private int entityOf(int character) {
    Integer e = entityOfCharacter.get(character);
    if (e == null) {
      Cast.Person p = cast.get(character);
      e = names.size();
      names.add(p.name);
      genders.add(p.gender);
      List<int[]> ms = new ArrayList<>();
      for (Cast.Named m : p.mentions) {
        ms.add(new int[] {m.start(), m.end()});
      }
      mentions.add(ms);
      characterOf.add(character);
      entityOfCharacter.put(character, e);
    }
    return e;
  }

  private int phraseEntity(String key, String name) {
    Integer e = entityOfPhrase.get(key);
    if (e == null) {
      e = names.size();
      names.add(name);
      genders.add(Gender.UNKNOWN);
      mentions.add(new ArrayList<>());
      characterOf.add(-1);
      entityOfPhrase.put(key, e);
    }
    return e;
  }
}
