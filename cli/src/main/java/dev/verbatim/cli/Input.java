package dev.verbatim.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One document to process: a file or standard input. Immutable and thread-safe.
 *
 * @param name the path as given on the command line or found below a directory; {@code -} for stdin.
 *     Used as the JSON {@code document} and in error messages.
 * @param path the file, or {@code null} for standard input
 * @param problem why this input already failed before reading (e.g. an unreadable directory), or
 *     {@code null} when it may be read
 */
record Input(String name, @Nullable Path path, @Nullable String problem) {
  static final String STDIN = "-";

  static Input stdin() {
    return new Input(STDIN, null, null);
  }

  static Input file(Path path) {
    return new Input(path.toString(), path, null);
  }

  static Input failed(String name, String problem) {
    return new Input(name, null, problem);
  }

  boolean isStdin() {
    return path == null && problem == null;
  }
}
