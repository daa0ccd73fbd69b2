package dev.verbatim.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  static List<String> words(String s, Tokenizer.Mode mode) {
    Tokens t = new Tokens();
    Tokenizer.tokenize(s, 0, s.length(), mode, t);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.kind(i) == Tokens.WORD ? t.norm(i)
          : (t.kind(i) == Tokens.ELLIPSIS ? "<...>" : "<[" + t.norm(i) + "]>")
              + s.substring(t.start(i), t.end(i)));
    }
    return out;
  }

  @Test
  void wordsIgnoreCaseMarksAccentsAndHyphens() {
    assertThat(words("\u201CIt\u2019s a Well-known caf\u00E9 \u2014 1,000 or 3.5?\u201D",
        Tokenizer.Mode.SOURCE)).containsExactly("its", "a", "well", "known", "cafe", "1000", "or",
        "35");
    assertThat(words("a transpor-\ntation plan", Tokenizer.Mode.SOURCE))
        .containsExactly("a", "transportation", "plan");
  }

  @Test
  void articleMarksBecomeWildcardsAndInWordBracketsAreEdits() {
    assertThat(words("[T]he plan . . . worked [sic], \u2026 and [the mayor] won...",
        Tokenizer.Mode.ARTICLE)).containsExactly("the", "plan", "<...>. . .", "worked",
        "<...>\u2026", "and", "<[the mayor]>[the mayor]", "won", "<...>...");
    assertThat(words("[applause] We won. <i>Yes</i>", Tokenizer.Mode.SUBTITLE))
        .containsExactly("we", "won", "yes");
  }
}
