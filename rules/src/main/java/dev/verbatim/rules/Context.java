package dev.verbatim.rules;

import dev.verbatim.text.SpeechHeuristic;

/** The immutable parts every rule shares: lexicons and the parsers built on them. Thread-safe. */
final class Context {
  final Lexicons lex;
  final MentionParser mentions;
  final Subjects subjects;
  final CueFinder cues;
  final SpeechHeuristic speech;
  final WordClasses classes;

  Context(Lexicons lex, WordClasses classes) {
    this.lex = lex;
    this.classes = classes;
    this.mentions = new MentionParser(lex, classes);
    this.subjects = new Subjects(mentions);
    this.cues = new CueFinder(lex, classes);
    this.speech = new SpeechHeuristic(SpeechHeuristic.defaultNamingWords());
  }
}
