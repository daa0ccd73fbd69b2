package dev.verbatim.cli;

import dev.verbatim.Genre;
import dev.verbatim.QuoteAttributor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Engine and parallelism options shared by {@code verbatim} and {@code verbatim eval}. A picocli mixin:
 * one instance per parsed command line, not thread-safe while parsing, read-only afterwards. Bad
 * values fail during parsing, so the run never starts.
 */
final class EngineOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  private boolean nonSpeech;
  private int maxLength = QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH;
  private int threads = Runtime.getRuntime().availableProcessors();
  private Genre genre = Genre.NEWS;

  @Option(names = "--genre", order = 4, paramLabel = "G",
      description = "The kind of text: news (default), fiction (novels: dialogue, turn-taking, "
          + "characters) or auto (decided per document from its shape).")
  void setGenre(String g) {
    try {
      this.genre = Genre.valueOf(g.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--genre must be news, fiction or auto, was '" + g + "'");
    }
  }

  @Option(names = "--non-speech", order = 5,
      description = "Also report scare quotes, titles and nicknames, with kind non-speech.")
  void setNonSpeech(boolean nonSpeech) {
    this.nonSpeech = nonSpeech;
  }

  @Option(names = "--max-length", order = 6, paramLabel = "N",
      description = "Refuse documents longer than N UTF-16 units (default: 67108864).")
  void setMaxLength(int n) {
    if (n <= 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-length must be a positive number of UTF-16 units, was " + n);
    }
    this.maxLength = n;
  }

  @Option(names = "--threads", order = 7, paramLabel = "N",
      description = "Attribute N documents at a time on the shared engine, from 1 to "
          + MAX_THREADS + " (default: one per core). Reading and writing run beside them.")
  void setThreads(String value) {
    this.threads = parseThreads(value, spec.commandLine());
  }

  /** Most threads accepted: far more than any machine's cores; a typo must not start a million. */
  static final int MAX_THREADS = 1024;

  /** {@code --threads}'s value, or a usage error that says what to give instead. */
  static int parseThreads(String value, picocli.CommandLine cl) {
    int cores = Runtime.getRuntime().availableProcessors();
    String what = "--threads takes a whole number from 1 to " + MAX_THREADS + ", was '" + value
        + "'; leave it out to use all " + cores + (cores == 1 ? " core" : " cores");
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ParameterException(cl, what);
    }
    if (n < 1 || n > MAX_THREADS) {
      throw new ParameterException(cl, what);
    }
    return n;
  }

  int threads() {
    return threads;
  }

  /**
   * The one engine this run shares across its threads: {@code prebuilt} when the options are the
   * defaults and it was built without error, else a new one (whose build reports any error).
   */
  QuoteAttributor buildEngine(@Nullable Future<QuoteAttributor> prebuilt) {
    boolean defaults = !nonSpeech && maxLength == QuoteAttributor.DEFAULT_MAX_DOCUMENT_LENGTH
        && genre == Genre.NEWS;
    if (prebuilt != null && defaults) {
      try {
        return prebuilt.get();
      } catch (ExecutionException e) {
        // fall through: building again raises the same problem on this thread, with its message
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return QuoteAttributor.builder().reportNonSpeech(nonSpeech).maxDocumentLength(maxLength)
        .genre(genre).build();
  }
}
