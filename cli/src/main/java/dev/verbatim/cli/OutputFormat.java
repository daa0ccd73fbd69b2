package dev.verbatim.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How results are printed. Immutable and thread-safe. */
enum OutputFormat {
  /** A readable table for a terminal. */
  TABLE(".txt"),
  /** One pretty-printed JSON object per document. */
  JSON(".json"),
  /** One JSON object per line, one line per document. */
  JSONL(".jsonl"),
  /** A self-contained HTML report page per document (verbatim-html). */
  HTML(".html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** File extension of a result file in this format, with its dot. */
  String extension() {
    return extension;
  }

  /** Accepts the lower-case names and says which exist, instead of picocli's upper-case enum list. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a format; use table, json, jsonl or html");
    }
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
