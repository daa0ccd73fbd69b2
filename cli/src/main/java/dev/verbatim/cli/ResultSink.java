package dev.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where rendered results go: standard output, one file written atomically, or one file per input in a
 * directory. Used by one thread (the batch's consumer); not thread-safe.
 */
interface ResultSink extends AutoCloseable {
  /** Takes one document's rendered result; returns false when the output is gone (a closed pipe). */
  boolean accept(Input input, String rendered) throws IOException;

  /** Makes everything accepted so far permanent. */
  default void commit() throws IOException {}

  /** Releases resources; without {@link #commit()}, leaves no partial output behind. */
  @Override
  default void close() throws IOException {}

  static ResultSink stdout(PrintWriter out) {
    return (input, rendered) -> {
      out.print(rendered);
      return !out.checkError();
    };
  }

  /** Everything into one file that appears, complete, only on {@link #commit()}. */
  static ResultSink file(Path target) throws IOException {
    AtomicFiles.Pending pending = AtomicFiles.open(target);
    return new ResultSink() {
      @Override
      public boolean accept(Input input, String rendered) throws IOException {
        pending.writer().write(rendered);
        return true;
      }

      @Override
      public void commit() throws IOException {
        pending.commit();
      }

      @Override
      public void close() throws IOException {
        pending.close();
      }
    };
  }

  /** One result file per input below {@code dir}, each written atomically as soon as it is ready. */
  static ResultSink directory(Path dir, OutputFormat format) {
    return (input, rendered) -> {
      AtomicFiles.write(resultPath(dir, input, format), rendered);
      return true;
    };
  }

  /**
   * The result file of {@code input} below {@code dir}: the input's path mirrored under it (so files
   * with the same name in different folders do not collide), {@code ..} as {@code __}, plus the
   * format's extension. Standard input becomes {@code stdin.<ext>}.
   */
  static Path resultPath(Path dir, Input input, OutputFormat format) {
    if (input.isStdin()) {
      return dir.resolve("stdin" + format.extension());
    }
    Path p = Path.of(input.name()).normalize();
    Path out = dir;
    for (Path part : p) {
      String s = part.toString();
      out = out.resolve(s.equals("..") ? "__" : s);
    }
    return out.resolveSibling(out.getFileName() + format.extension());
  }
}
