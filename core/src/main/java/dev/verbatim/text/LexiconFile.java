package dev.verbatim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Verbatim's lexicon data files: UTF-8 text, one entry a line, {@code #} starting a comment, and a
 * header naming the source and the format version ({@code # format: 1}). Thread-safe.
 */
public final class LexiconFile {
  private LexiconFile() {}

  /** Reads the classpath resource {@code name} next to {@code anchor}; fails fast if it is missing. */
  public static List<String> resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + name + " is missing next to "
            + anchor.getName() + "; the jar is incomplete");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      }
      if (lines.stream().limit(12).noneMatch(l -> l.strip().equals("# format: 1"))) {
        throw new IllegalStateException("lexicon " + name + " lacks its '# format: 1' header");
      }
      return entries(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  /** The entries of {@code lines}: comments and blank lines dropped, each entry trimmed. */
  public static List<String> entries(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out;
  }
}
