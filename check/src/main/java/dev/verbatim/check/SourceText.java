package dev.verbatim.check;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A source to check quotes against: a transcript, a subtitle file, a press release or an earlier
 * article, parsed into speaker {@link Turn}s.
 *
 * <pre>{@code
 * SourceText interview = SourceText.read(Path.of("interview.vtt"));
 * SourceText notes = SourceText.parse("notes.txt", "NAVARRO: We will not back down.");
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every span in {@link #turns()} is a span of {@link #text()}, the
 * content exactly as given (or as decoded from the file).
 *
 * <p>The format is taken from the name's extension ({@code .vtt}, {@code .srt}) or, failing that,
 * from the content: a {@code WEBVTT} first line, an SRT cue number followed by a timing line, speaker
 * labels at line starts ({@code NAVARRO:}, {@code Mr. Smith:}, {@code Q:}/{@code A:}, {@code
 * [Speaker 2]}), or else plain text, which is one turn with no speaker.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final SourceFormat format;
  private final List<Turn> turns;

  SourceText(String name, String text, SourceFormat format, List<Turn> turns) {
    this.name = name;
    this.text = text;
    this.format = format;
    this.turns = List.copyOf(turns);
  }

  /**
   * Parses {@code text}, choosing the format from {@code name}'s extension or the content.
   *
   * @param name how errors and reports refer to the source, usually its path
   * @throws MalformedSourceException if a subtitle file is broken or the text has NUL characters
   */
  public static SourceText parse(String name, String text) {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    return parse(name, text, detect(name, text));
  }

  /**
   * Parses {@code text} as {@code format}. {@link SourceFormat#PLAIN} and {@link
   * SourceFormat#TRANSCRIPT} both read speaker labels when there are any.
   *
   * @throws MalformedSourceException if the text does not follow the format
   */
  public static SourceText parse(String name, String text, SourceFormat format) {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
    requireNonNull(format, "format");
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new MalformedSourceException(name, lineOf(text, nul),
          "contains a NUL character; this looks like a binary file, not text");
    }
    return switch (format) {
      case WEBVTT, SRT -> SubtitleParser.parse(name, text, format);
      case PLAIN, TRANSCRIPT -> TranscriptParser.parse(name, text);
    };
  }

  /**
   * Reads a UTF-8 file and parses it; the path is the source's name.
   *
   * @throws IOException if the file cannot be read
   * @throws MalformedSourceException if it is not UTF-8 text or does not follow its format
   */
  public static SourceText read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return parse(path.toString(), decode(path.toString(), bytes));
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new MalformedSourceException(name, line, "byte " + in.position()
          + " is not valid UTF-8; save the file as UTF-8 text");
    }
    dec.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? " " + s.substring(1) : s; // keep offsets; drop the BOM
  }

  private static SourceFormat detect(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".vtt")) {
      return SourceFormat.WEBVTT;
    }
    if (lower.endsWith(".srt")) {
      return SourceFormat.SRT;
    }
    String head = text.stripLeading().replace("\uFEFF", "");
    if (head.startsWith("WEBVTT")) {
      return SourceFormat.WEBVTT;
    }
    String[] first = head.split("\\R", 3);
    if (first.length >= 2 && first[0].strip().matches("\\d+") && first[1].contains("-->")) {
      return SourceFormat.SRT;
    }
    return SourceFormat.TRANSCRIPT;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The name given at parsing, usually the file's path. */
  public String name() {
    return name;
  }

  /** The full content, exactly as given. */
  public String text() {
    return text;
  }

  /** The format it was read as; {@link SourceFormat#PLAIN} when no speaker label was found. */
  public SourceFormat format() {
    return format;
  }

  /** The speaker turns, in source order. Empty for a blank source. */
  public List<Turn> turns() {
    return turns;
  }

  @Override
  public String toString() {
    return name + " (" + format.name().toLowerCase(Locale.ROOT) + ", " + turns.size() + " turns)";
  }
}
