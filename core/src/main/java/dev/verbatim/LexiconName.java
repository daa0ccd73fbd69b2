package dev.verbatim;

/**
 * The replaceable word lists that drive attribution. Each ships as a commented UTF-8 data file; {@link
 * QuoteAttributor.Builder#lexicon(LexiconName, java.util.List)} replaces one and {@link
 * QuoteAttributor.Builder#extendLexicon(LexiconName, java.util.List)} adds lines to it, in the same
 * format as the shipped file (named by {@link #resource()}).
 *
 * <p>Immutable and thread-safe.
 */
public enum LexiconName {
  /** Speech, manner and writing verbs, one lemma and its forms a line. */
  CUE_VERBS("cue-verbs.txt"),
  /** Multi-word cues such as {@code according to} and {@code told reporters}. */
  MULTIWORD_CUES("multiword-cues.txt"),
  /** Honorifics and titles that stand before a name: {@code Mr.}, {@code Sen.}, {@code President}. */
  TITLES("titles.txt"),
  /** Role nouns with gender, such as {@code spokeswoman} and {@code adviser}. */
  ROLE_NOUNS("role-nouns.txt"),
  /** Words that make a noun phrase an organisation: {@code ministry}, {@code Inc.}, {@code police}. */
  ORGANISATION_HEADS("organisation-heads.txt"),
  /** Pronouns with gender and number. */
  PRONOUNS("pronouns.txt"),
  /** Given names with gender, used only as a hint. */
  GIVEN_NAMES("given-names.txt"),
  /**
   * Nouns that name an unnamed source after an indefinite or a number: {@code a source}, {@code two
   * officials}.
   */
  ANONYMOUS_HEADS("anonymous-heads.txt"),
  /** Documents and findings that can be a speaker: {@code the report said}, {@code a poll showed}. */
  DOCUMENT_HEADS("document-heads.txt"),
  /**
   * Other common nouns that can be a speaker though they name no role, body or document: {@code 40
   * percent said}, {@code the majority say}. Any other lower-case noun is no speaker of a risky cue
   * ({@code the timing indicates}, {@code the call underscored}).
   */
  SPEAKING_NOUNS("speaking-nouns.txt"),
  /** Abbreviations that never end a sentence: {@code Mr.}, {@code U.S.}, {@code Sept.}. */
  ABBREVIATIONS("abbreviations.txt");

  private final String resource;

  LexiconName(String resource) {
    this.resource = resource;
  }

  /** File name of the shipped data file. */
  public String resource() {
    return resource;
  }
}
