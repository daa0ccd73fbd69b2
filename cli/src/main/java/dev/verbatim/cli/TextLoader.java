package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input as strict UTF-8 text. Anything that is not non-empty UTF-8 text (a missing file, a
 * directory, a binary file, a malformed byte) is refused with a {@link Problem} that says why, never
 * decoded into replacement characters, because offsets into silently altered text would be wrong.
 * Stateless; a decoder is made per call.
 */
final class TextLoader {
  private TextLoader() {}

  /** Why an input could not be read; the message names the problem, not the file. */
  static final class Problem extends Exception {
    Problem(String message) {
      super(message, null, false, false);
    }
  }

  static String load(Input input, InputStream stdin) throws Problem {
    if (input.problem() != null) {
      throw new Problem(input.problem());
    }
    byte[] bytes = input.isStdin() ? readStdin(stdin) : readFile(input.path());
    if (bytes.length == 0) {
      throw new Problem("empty file, nothing to read");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new Problem("binary file (NUL byte at byte offset " + i + "), expected UTF-8 text");
      }
    }
    return decode(bytes);
  }

  private static byte[] readStdin(InputStream stdin) throws Problem {
    try {
      return stdin.readAllBytes();
    } catch (IOException e) {
      throw new Problem("cannot read standard input: " + Inputs.describe(e));
    }
  }

  private static byte[] readFile(Path path) throws Problem {
    if (Files.isDirectory(path)) {
      throw new Problem("is a directory, expected a text file");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new Problem("not a regular file (a device, pipe or socket)");
    }
    try {
      return Files.readAllBytes(path);
    } catch (OutOfMemoryError e) {
      throw new Problem("file too large to read into memory");
    } catch (IOException e) {
      throw new Problem(Inputs.describe(e));
    }
  }

  /** Decodes with REPORT so the first malformed byte is found and named, not replaced. */
  static String decode(byte[] bytes) throws Problem {
    CharsetDecoder decoder = UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-16 units never outnumber UTF-8 bytes
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new Problem("invalid UTF-8 at byte offset " + in.position() + ", expected UTF-8 text");
    }
    out.flip();
    return out.toString();
  }
}
