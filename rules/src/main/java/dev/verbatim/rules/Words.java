package dev.verbatim.rules;

import dev.verbatim.text.QuoteSpan;
import dev.verbatim.text.TextDocument;
import java.util.Set;

/** Token tests shared by the rules. Stateless. */
final class Words {
  private Words() {}

  /** An unmodifiable set of words; repeats in the list are harmless. */
  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Words that start no speaker phrase even when capitalised at a sentence's start. */
  static final Set<String> CLAUSE_OPENERS = set("but", "and", "or", "so", "yet", "still",
      "however", "meanwhile", "instead", "now", "then", "also", "later", "earlier", "indeed",
      "moreover", "furthermore", "nonetheless", "nevertheless", "thus", "here", "there", "when",
      "while", "as", "if", "because", "since", "after", "before", "although", "though", "even",
      "only", "just", "finally", "first", "last", "again", "once", "today", "yesterday", "tonight",
      "separately", "similarly", "likewise", "asked", "speaking", "previously", "recently",
      "overall", "ultimately", "notably", "privately", "publicly", "instead", "otherwise");

  static final Set<String> DETERMINERS = set("the", "a", "an", "these", "those",
      "his", "her", "its", "their", "our", "my", "your", "another", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "both", "all",
      "most", "few", "other", "each", "every", "dozens", "hundreds", "numerous", "various", "no",
      "any", "more", "senior", "top");

  /** Capitalised at a sentence's start, these still start no name. */
  static final Set<String> FUNCTION_WORDS = set("to", "which", "what", "who", "whom", "whose",
      "it", "this", "that", "there", "here", "in", "on", "at", "of", "for", "with", "from", "by",
      "about", "as", "if", "when", "where", "why", "how", "not", "no", "yes", "after", "before",
      "during", "since", "under", "over", "among", "despite", "through", "without", "while",
      "asked", "said", "says", "told", "according", "like", "unlike", "once", "perhaps", "maybe");

  static final Set<String> PREPOSITIONS = set("in", "on", "at", "of", "for", "with", "from",
      "to", "by", "about", "into", "over", "under", "after", "before", "during", "since", "than",
      "like", "among", "between", "against", "through", "without", "within", "near", "across",
      "toward", "towards", "upon", "amid", "via", "per", "despite", "behind", "around");

  /** Words between a subject and its cue verb: {@code Ruiz has also said}. */
  static final Set<String> AUXILIARIES = set("has", "had", "have", "also", "later", "then",
      "previously", "once", "again", "would", "will", "could", "might", "may", "did", "does", "do",
      "is", "was", "were", "are", "been", "be", "repeatedly", "recently", "often", "further",
      "publicly", "privately", "initially", "subsequently", "similarly", "frequently", "simply",
      "flatly", "quickly", "firmly", "angrily", "openly", "reportedly", "allegedly", "even",
      "never", "always", "already", "separately", "earlier", "first", "not", "n't", "just",
      "himself", "herself", "themselves", "itself", "still", "specifically", "explicitly",
      "directly", "immediately", "famously", "memorably", "ultimately", "finally", "shortly",
      "soon", "only", "both", "all", "each");

  static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later",
      "recently", "afterward", "afterwards", "last", "this", "week", "month", "year", "night",
      "morning", "afternoon", "evening", "weekend", "ago", "previously", "then", "again", "once",
      "twice", "repeatedly", "privately", "publicly", "separately", "also", "too", "flatly",
      "bluntly", "simply", "recently", "days", "weeks", "months", "years", "hours", "minutes");

  /** Conjunctions that may stand right before a new clause's subject: {@code ..., and the poll shows}. */
  static final Set<String> CLAUSE_CONJUNCTIONS = set("and", "but", "while", "as", "because",
      "although", "though", "since", "yet", "so");

  /** Subordinators that open a reported or adverbial clause: {@code ... that most voters say}. */
  static final Set<String> SUBORDINATORS = set("that", "if", "when", "where", "whether");

  /**
   * Whether token {@code t} may stand right before a clause's subject: a comma, semicolon, colon,
   * dash, opening parenthesis or quote mark, or a conjunction; with {@code subordinators} also
   * {@code that}, {@code if}, {@code when}, {@code where} and {@code whether}.
   */
  static boolean opensClause(TextDocument doc, int t, boolean subordinators) {
    if (!isWord(doc, t)) {
      return isPunct(doc, t, ',') || isPunct(doc, t, ';') || isPunct(doc, t, ':')
          || isDash(doc, t) || isPunct(doc, t, '(') || isQuoteMark(doc, t);
    }
    String w = lower(doc, t);
    return CLAUSE_CONJUNCTIONS.contains(w) || subordinators && SUBORDINATORS.contains(w);
  }

  static String lower(TextDocument doc, int t) {
    return doc.tokenLower(t); // cached per document: called for the same token many times
  }

  /** The token's lexicon key ({@link TextDocument#tokenKey}). */
  static String key(TextDocument doc, int t) {
    return doc.tokenKey(t);
  }

  /** The token's key without a possessive ending: {@code Ruiz’s} → {@code ruiz}. */
  static String baseKey(TextDocument doc, int t) {
    String k = doc.tokenKey(t);
    int end = doc.tokenEnd(t);
    if (k.length() > 2 && doc.text().charAt(end - 1) == 's' && k.charAt(k.length() - 2) == '\'') {
      return k.substring(0, k.length() - 2);
    }
    return k;
  }

  static boolean isWord(TextDocument doc, int t) {
    return t >= 0 && t < doc.tokenCount() && doc.tokenType(t) == TextDocument.WORD;
  }

  static boolean isCapitalised(TextDocument doc, int t) {
    return doc.tokenCapitalised(t); // a word whose first char is upper case
  }

  static boolean isPunct(TextDocument doc, int t, char c) {
    return t >= 0 && t < doc.tokenCount() && doc.tokenIs(t, c);
  }

  /** Whether token {@code t} is a quote mark (opening or closing) or an apostrophe. */
  static boolean isQuoteMark(TextDocument doc, int t) {
    if (t < 0 || t >= doc.tokenCount() || doc.tokenEnd(t) - doc.tokenStart(t) != 1) {
      return false;
    }
    int at = doc.tokenStart(t);
    char c = doc.text().charAt(at);
    if (!dev.verbatim.text.QuoteMarks.isMark(c)) {
      return false;
    }
    // A possessive apostrophe, as in "veterans' families", is no quotation boundary.
    boolean single = c == '\'' || c == '\u2019';
    return !(single && at > 0 && Character.isLetter(doc.text().charAt(at - 1))
        && at + 1 < doc.text().length() && doc.text().charAt(at + 1) == ' ');
  }

  /** Whether token {@code t} is a dash used as punctuation. */
  static boolean isDash(TextDocument doc, int t) {
    return t >= 0 && t < doc.tokenCount()
        && (doc.tokenIs(t, '\u2014') || doc.tokenIs(t, '\u2013') || doc.tokenIs(t, '\u2015')
            || doc.tokenIs(t, "--"));
  }

  /** Strips a possessive ending: {@code Ruiz’s} → {@code Ruiz}. */
  static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  static boolean isPossessive(String w) {
    return w.endsWith("'s") || w.endsWith("\u2019s");
  }

  /** {@code isPossessive(doc.tokenText(t))}, without making the token's text. */
  static boolean isPossessive(TextDocument doc, int t) {
    int end = doc.tokenEnd(t);
    if (end - doc.tokenStart(t) < 2) {
      return false;
    }
    char s = doc.text().charAt(end - 1);
    char a = doc.text().charAt(end - 2);
    return s == 's' && (a == '\'' || a == '\u2019');
  }

  /** How many word tokens quotation {@code q} holds, counting numbers too when {@code numbers}. */
  static int wordsIn(TextDocument doc, QuoteSpan q, boolean numbers) {
    int n = 0;
    for (int t = doc.tokenAtOrAfter(q.start()); t < doc.tokenCount() && doc.tokenStart(t) < q.end();
        t++) {
      if (isWord(doc, t) || numbers && doc.tokenType(t) == TextDocument.NUMBER) {
        n++;
      }
    }
    return n;
  }
}
