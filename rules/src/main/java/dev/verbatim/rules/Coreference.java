package dev.verbatim.rules;

import dev.verbatim.EntityType;
import dev.verbatim.rules.Lexicons.Gender;
import dev.verbatim.rules.Mention.Type;
import dev.verbatim.spi.EntityDraft;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges mentions into document entities with cheap, deterministic heuristics, over the names
 * {@link Antecedents} gathers and the speakers the rules found:
 *
 * <ul>
 *   <li>name chains: {@code Yuri Ushakov} → {@code Ushakov} → {@code Mr. Ushakov}, by surname, to the
 *       latest full name carrying it;
 *   <li>pronouns: to the latest compatible person (gender, number) outside quotations, wherever the
 *       pronoun stands;
 *   <li>roles: {@code the adviser} to the name an appositive or title gave that role;
 *   <li>organisations by name, anonymous sources only to a definite repeat ({@code the source}).
 * </ul>
 *
 * Per-call: one instance per document, never shared.
 */
final class Coreference {
  private final TextDocument doc;
  private final DocumentRun run;
  private final List<Ent> entities = new ArrayList<>();
  private final Map<Mention, Ent> byMention = new IdentityHashMap<>();
  /** Name and role mentions in text order, for pronoun antecedents. */
  private final List<Mention> timeline = new ArrayList<>();
  private final Map<String, Ent> roles = new HashMap<>();
  // Indexes over the timeline, so that each lookup costs what the key's own history costs, not the
  // whole document's: a 10 MB text has tens of thousands of names.
  /** Per surname key, the person entities carrying it, ordered by their latest such mention. */
  private final Map<String, List<Ent>> namesByKey = new HashMap<>();
  /** Per type (by ordinal), per key, the entity of the latest mention. */
  @SuppressWarnings("unchecked")
  private final Map<String, Ent>[] latestByKey = new Map[Type.values().length];
  /** Per trailing word run of an organisation's key ("ministry", "interior ministry"), its latest. */
  private final Map<String, Ent> orgsBySuffix = new HashMap<>();
  private Ent[] speaking = new Ent[0];

  private static final class Ent {
    final int id;
    String name;
    final Type type;
    Gender gender;
    final boolean plural;
    final List<Mention> mentions = new ArrayList<>();
    /** Index among the entities that speak, or -1. */
    int outId = -1;

    Ent(int id, Mention m) {
      this.id = id;
      this.name = m.name();
      this.type = m.type();
      this.gender = m.gender();
      this.plural = m.plural();
    }
  }

  Coreference(DocumentRun run) {
    this.run = run;
    this.doc = run.doc;
  }

  /** Resolves {@code speakers} (in text order), after reading the document's names. */
  void resolve(List<Mention> speakers) {
    resolveAll(speakers);
    // Only speakers are entities of the result; names that never speak only helped resolve them.
    int next = 0;
    for (Mention m : speakers) {
      Ent e = byMention.get(m);
      if (e != null && e.outId < 0) {
        e.outId = next++;
      }
    }
    speaking = new Ent[next];
    for (Ent e : entities) {
      if (e.outId >= 0) {
        speaking[e.outId] = e;
      }
    }
  }

  private void resolveAll(List<Mention> speakers) {
    List<Mention> all = new ArrayList<>(Antecedents.scan(run));
    all.addAll(speakers);
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    Mention prev = null;
    for (Mention m : all) {
      if (byMention.containsKey(m)) {
        continue;
      }
      if (prev != null && prev.start() == m.start() && prev.end() == m.end()) {
        byMention.put(m, byMention.get(prev)); // the same words found twice
        continue;
      }
      prev = m;
      Ent e = switch (m.type()) {
        case NAME -> nameEntity(m);
        case PRONOUN -> pronounEntity(m);
        case ROLE -> roles.getOrDefault(m.key(), null);
        case ORG, GROUP -> sameKey(m);
        case ANON -> m.name().toLowerCase(java.util.Locale.ROOT).startsWith("the ")
            ? latest(m, Type.ANON) : null;
      };
      if (e == null) {
        e = new Ent(entities.size(), m);
        entities.add(e);
      }
      add(e, m);
    }
  }

  private void add(Ent e, Mention m) {
    e.mentions.add(m);
    byMention.put(m, e);
    // The fullest name, but no headline run: a person's name has at most four words.
    if (m.type() == Type.NAME && e.type == Type.NAME && words(m.name()) <= 4
        && (words(e.name) > 4 || m.name().length() > e.name.length())) {
      e.name = m.name();
    }
    if (e.gender == Gender.UNKNOWN && m.gender() != Gender.UNKNOWN) {
      e.gender = m.gender();
    }
    if (m.type() != Type.PRONOUN) {
      timeline.add(m);
      index(m, e);
    }
    if (m.type() == Type.NAME) {
      learnRoles(m, e);
    }
  }

  /** {@code name.split(" ").length}, without making the pieces. */
  private static int words(String name) {
    int n = name.length();
    while (n > 0 && name.charAt(n - 1) == ' ') {
      n--; // split drops trailing empty pieces
    }
    if (n == 0) {
      return name.isEmpty() ? 1 : 0;
    }
    int count = 1;
    for (int i = 0; i < n; i++) {
      if (name.charAt(i) == ' ') {
        count++;
      }
    }
    return count;
  }

  /**
   * The latest person with this surname whose first name and gender agree: {@code Jeb Bush} never
   * joins {@code George W. Bush} through a bare {@code Bush} between them, nor {@code Mrs. Clinton}
   * a man.
   */
  private Ent nameEntity(Mention m) {
    List<Ent> same = namesByKey.get(m.key());
    if (same == null) {
      return null;
    }
    String first = firstName(m.name());
    for (int i = same.size() - 1; i >= 0; i--) {
      Ent e = same.get(i);
      String of = firstName(e.name);
      boolean sameFirst = first == null || of == null || of.equals(first);
      boolean sameGender = m.gender() == Gender.UNKNOWN || e.gender == Gender.UNKNOWN
          || m.gender() == e.gender;
      if (sameFirst && sameGender) {
        return e;
      }
    }
    return null;
  }

  private void index(Mention m, Ent e) {
    Map<String, Ent> latestOfType = latestByKey[m.type().ordinal()];
    if (latestOfType == null) {
      latestOfType = new HashMap<>();
      latestByKey[m.type().ordinal()] = latestOfType;
    }
    latestOfType.put(m.key(), e);
    if (m.type() == Type.NAME) {
      List<Ent> same = namesByKey.computeIfAbsent(m.key(), k -> new ArrayList<>(2));
      same.remove(e); // identity: Ent has no equals; it moves to the end as the latest
      same.add(e);
    } else if (m.type() == Type.ORG) {
      String key = m.key();
      for (int sp = key.indexOf(' '); sp >= 0; sp = key.indexOf(' ', sp + 1)) {
        orgsBySuffix.put(key.substring(sp + 1), e);
      }
    }
  }

  private static String firstName(String name) {
    int sp = name.indexOf(' ');
    return sp > 0 ? name.substring(0, sp) : null;
  }

  private Ent pronounEntity(Mention m) {
    if (m.key().equals("i") || m.key().equals("we") || m.key().equals("you")) {
      return null;
    }
    // The latest sentence with a compatible antecedent; in it, the earliest (the subject) wins.
    Ent best = null;
    int bestSentence = -1;
    for (int i = timeline.size() - 1; i >= 0 && timeline.size() - i < 30; i--) {
      Mention o = timeline.get(i);
      Ent e = byMention.get(o);
      if (e == null || o.start() >= m.start() || run.insideQuote(o.start())
          || !compatible(m, e)) {
        continue;
      }
      int s = doc.sentenceAt(o.start());
      if (best != null && s != bestSentence) {
        break;
      }
      best = e;
      bestSentence = s;
    }
    return best;
  }

  private static boolean compatible(Mention pronoun, Ent e) {
    if (pronoun.plural()) {
      return e.plural || e.type == Type.GROUP || e.type == Type.ORG;
    }
    if (pronoun.gender() == Gender.N) {
      return e.type == Type.ORG;
    }
    if (e.plural || e.type == Type.ORG || e.type == Type.GROUP) {
      return false;
    }
    return e.gender == Gender.UNKNOWN || pronoun.gender() == Gender.UNKNOWN
        || e.gender == pronoun.gender();
  }

  private Ent sameKey(Mention m) {
    Ent e = latest(m, m.type());
    if (e != null || m.type() != Type.ORG) {
      return e;
    }
    // "the ministry" after "the Interior Ministry": the same head noun
    return orgsBySuffix.get(m.key());
  }

  private Ent latest(Mention m, Type type) {
    Map<String, Ent> latestOfType = latestByKey[type.ordinal()];
    return latestOfType == null ? null : latestOfType.get(m.key());
  }

  /** Roles given by an appositive ({@code Navarro, the trade adviser,}) or a pre-name role word. */
  private void learnRoles(Mention m, Ent e) {
    int t = m.endTok();
    if (Words.isPunct(doc, t, ',') && t + 1 < doc.tokenCount()
        && Words.DETERMINERS.contains(Words.lower(doc, t + 1))) {
      for (int k = t + 2; k < Math.min(doc.tokenCount(), t + 8); k++) {
        if (!Words.isWord(doc, k)) {
          break;
        }
        String w = doc.tokenKey(k);
        if (run.ctx.lex.roleNouns.containsKey(w)) {
          roles.put(w, e);
        }
      }
    }
    if (t + 1 < doc.tokenCount() && (Words.lower(doc, t).equals("is")
        || Words.lower(doc, t).equals("was")) && Words.DETERMINERS.contains(Words.lower(doc, t + 1))) {
      for (int k = t + 2; k < Math.min(doc.tokenCount(), t + 7) && Words.isWord(doc, k); k++) {
        String w = doc.tokenKey(k);
        if (run.ctx.lex.roleNouns.containsKey(w)) {
          roles.put(w, e); // "Ingrid Solberg is a spokeswoman for …"
        }
      }
    }
    for (int k = m.firstTok(); k < m.endTok(); k++) {
      String w = doc.tokenKey(k);
      if (run.ctx.lex.roleNouns.containsKey(w) || run.ctx.lex.titles.containsKey(w)) {
        roles.put(w, e);
      }
    }
  }

  Integer entityOf(Mention m) {
    Ent e = byMention.get(m);
    return e == null ? -1 : e.outId;
  }

  List<EntityDraft> drafts() {
    List<EntityDraft> out = new ArrayList<>(speaking.length);
    for (Ent e : speaking) {
      int[] spans = new int[2 * e.mentions.size()];
      for (int i = 0; i < e.mentions.size(); i++) {
        spans[2 * i] = e.mentions.get(i).start();
        spans[2 * i + 1] = e.mentions.get(i).end();
      }
      out.add(new EntityDraft(e.name, type(e), spans));
    }
    return out;
  }

  private static EntityType type(Ent e) {
    return switch (e.type) {
      case NAME, ROLE -> EntityType.PERSON;
      case PRONOUN -> e.plural ? EntityType.GROUP : EntityType.PERSON;
      case ORG -> EntityType.ORGANIZATION;
      case ANON -> EntityType.ANONYMOUS;
      case GROUP -> EntityType.GROUP;
    };
  }
}
