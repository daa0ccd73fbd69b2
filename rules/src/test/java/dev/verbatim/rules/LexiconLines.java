package dev.verbatim.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-side reader for the shipped lexicon files: strict UTF-8, the four header lines, and entries
 * split on {@code " | "}. Independent of the engine's loader on purpose, so the data is checked against
 * the documented format rather than against whatever the loader happens to accept. Immutable.
 *
 * @param file resource file name, e.g. {@code cue-verbs.txt}
 * @param lines every raw line of the file
 * @param entries the non-comment, non-blank lines, parsed
 */
record LexiconLines(String file, List<String> lines, List<Entry> entries) {
  static final String DIR = "/dev/verbatim/rules/";
  static final String SEPARATOR = " | ";

  /** One data line: its 1-based line number, its text without comment, and its fields. */
  record Entry(int line, String text, List<String> fields) {
    String field(int i) {
      return fields.get(i);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + text;
    }
  }

  /** Reads {@code file} from the classpath; fails if it is missing or not valid UTF-8. */
  static LexiconLines read(String file) {
    try (InputStream in = LexiconLines.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new AssertionError("lexicon " + DIR + file + " is not on the test classpath");
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
      return parse(file, List.of(text.split("\r?\n", -1)));
    } catch (CharacterCodingException e) {
      throw new AssertionError("lexicon " + file + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LexiconLines parse(String file, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      int hash = raw.indexOf('#');
      String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (!text.isEmpty()) {
        entries.add(new Entry(i + 1, text, List.of(text.split(" \\| ", -1))));
      }
    }
    return new LexiconLines(file, List.copyOf(lines), List.copyOf(entries));
  }

  /** The header line {@code index} (0-based), or "" when the file is shorter. */
  String headerLine(int index) {
    return index < lines.size() ? lines.get(index) : "";
  }
}
