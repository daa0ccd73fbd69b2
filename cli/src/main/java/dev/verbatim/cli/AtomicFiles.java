package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that they either exist complete or not at all: the text goes to a temporary file in
 * the target's directory, is forced to disk, and is renamed over the target in one atomic step. A run
 * killed half-way leaves at most a hidden {@code .*.tmp} file, never a truncated result.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target} atomically, creating parent directories. */
  static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(UTF_8));
  }

  /** Writes {@code bytes} to {@code target} atomically, creating parent directories. */
  static void write(Path target, byte[] bytes) throws IOException {
    try (Pending p = open(target)) {
      p.stream().write(bytes);
      p.commit();
    }
  }

  /** Opens a temporary file beside {@code target}; {@link Pending#commit()} renames it into place. */
  static Pending open(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    // Not Files.createTempFile: that makes the result 0600; a plain new file gets the umask's mode.
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "."
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new Pending(abs, tmp, ch);
  }

  /** A temporary file being written; closing it without {@link #commit()} deletes it. Not thread-safe. */
  static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean done;

    private Pending(Path target, Path tmp, FileChannel channel) {
      this.target = target;
      this.tmp = tmp;
      this.channel = channel;
      this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Where the content goes (bytes; text as UTF-8). */
    OutputStream stream() {
      return out;
    }

    /** Flushes, forces to disk and renames over the target. */
    void commit() throws IOException {
      out.flush();
      channel.force(true);
      out.close();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
    }

    @Override
    public void close() throws IOException {
      if (!done) {
        try {
          out.close();
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    }
  }
}
