package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where rendered results go: standard output, one file written atomically, or one file per input in a
 * directory. Used by one thread (the batch's consumer); not thread-safe.
 */
interface ResultSink extends AutoCloseable {
  /**
   * Takes one document's rendered result (UTF-8); returns false when the output is gone (a closed
   * pipe).
   */
  boolean accept(Input input, byte[] rendered) throws IOException;

  /** Makes everything accepted so far permanent. */
  default void commit() throws IOException {}

  /** Releases resources; without {@link #commit()}, leaves no partial output behind. */
  @Override
  default void close() throws IOException {}

  /**
   * Standard output: the bytes go straight to {@code raw} when there is one (the process's own
   * standard output, which {@code out} also writes to: it is flushed first so nothing is reordered),
   * else they are decoded and printed to {@code out} (in-process runs with their own writer).
   */
  static ResultSink stdout(PrintWriter out, @Nullable OutputStream raw) {
    if (raw == null) {
      return (input, rendered) -> {
        out.print(new String(rendered, UTF_8));
        return !out.checkError();
      };
    }
    out.flush();
    return new ResultSink() {
      @Override
      public boolean accept(Input input, byte[] rendered) {
        try {
          raw.write(rendered);
          return true;
        } catch (IOException e) {
          return false; // a closed pipe (e.g. `| head`): the reader has what it wanted
        }
      }

      @Override
      public void commit() {
        try {
          raw.flush();
        } catch (IOException e) {
          // as in accept: the reader went away
        }
      }
    };
  }

  /**
   * Everything into one file that appears, complete, only on {@link #commit()}. A target that exists
   * and is neither a regular file nor a directory ({@code /dev/null}, a named pipe) is written as it
   * is: renaming a temporary file over it would replace the device or pipe with a plain file.
   */
  static ResultSink file(Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
      OutputStream out = new BufferedOutputStream(new FileOutputStream(target.toFile()), 1 << 16);
      return new ResultSink() {
        @Override
        public boolean accept(Input input, byte[] rendered) throws IOException {
          out.write(rendered);
          return true;
        }

        @Override
        public void commit() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.close();
        }
      };
    }
    AtomicFiles.Pending pending = AtomicFiles.open(target);
    return new ResultSink() {
      @Override
      public boolean accept(Input input, byte[] rendered) throws IOException {
        pending.stream().write(rendered);
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
