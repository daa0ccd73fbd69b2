package dev.verbatim.rules;

import dev.verbatim.rules.Mention.Type;
import dev.verbatim.text.TextDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a document mentions outside its quotations, which pronouns, roles and surnames may point
 * back to: full names ({@code Rachel Hoff}), titled names ({@code Mr. Hoff}), a bare surname once a
 * full name has introduced it ({@code Hoff}), organisations, and the subject phrase that opens a
 * sentence. Places after {@code in} or {@code at} and opening participles ({@code Reached by phone,})
 * are left out. Stateless.
 */
final class Antecedents {
  private Antecedents() {}

  /**
   * Person names written in full or with a title, organisation names, and the subject phrase that
   * opens each sentence, outside quotations: the antecedents pronouns and roles may point to.
   */
  static List<Mention> scan(DocumentRun run) {
    TextDocument doc = run.doc;
    List<Mention> out = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    int n = doc.tokenCount();
    int nextSentence = 0;
    for (int t = 0; t < n; t++) {
      // The phrase parsed at a sentence's first token, which the capitalised-word test below would
      // parse again (same token, same limit) when the opening test turns it down.
      Mention opening = null;
      if (nextSentence < doc.sentenceCount() && t >= doc.sentenceFirstToken(nextSentence)) {
        int s = nextSentence++;
        if (t == doc.sentenceFirstToken(s) && run.quoteAt[t] < 0
            && !run.ctx.mentions.isOpeningParticiple(doc, t, doc.sentenceEndToken(s))) {
          Mention m = run.ctx.mentions.parseAt(doc, t, doc.sentenceEndToken(s));
          opening = m;
          if (m != null && m.type() != Type.PRONOUN && m.type() != Type.ANON
              && !Words.isPunct(doc, m.endTok(), ',')) {
            out.add(m);
            if (m.type() == Type.NAME && m.name().indexOf(' ') > 0) {
              surnames.add(m.key());
            }
            t = m.endTok() - 1;
            continue;
          }
        }
      }
      if (!Words.isCapitalised(doc, t) || run.quoteAt[t] >= 0) {
        continue;
      }
      if (t > 0 && LOCATIVES.contains(Words.lower(doc, t - 1))) {
        continue; // "in South Carolina", "at Harvard": a place, no antecedent for "she"
      }
      int s = doc.sentenceAt(doc.tokenStart(t));
      Mention m = opening != null
          ? opening : run.ctx.mentions.parseAt(doc, t, doc.sentenceEndToken(s));
      // A bare surname counts once a full name has introduced it: "Rachel Hoff ... Hoff".
      if (m != null && (m.type() == Type.NAME && (m.name().indexOf(' ') > 0
          || m.firstTok() < t || hasTitle(m) || surnames.contains(m.key()))
          || m.type() == Type.ORG)) {
        out.add(m);
        if (m.type() == Type.NAME && m.name().indexOf(' ') > 0) {
          surnames.add(m.key());
        }
        t = m.endTok() - 1;
      }
    }
    return out;
  }

  private static final Set<String> LOCATIVES =
      Set.of("in", "at", "across", "throughout", "near", "outside", "inside");

  private static boolean hasTitle(Mention m) {
    return m.endTok() - m.firstTok() > 1;
  }
}
