package dev.verbatim.cli;

import dev.verbatim.QuoteAttributor;
import dev.verbatim.check.CheckClass;
import dev.verbatim.check.CheckReport;
import dev.verbatim.check.HtmlReport;
import dev.verbatim.check.MalformedSourceException;
import dev.verbatim.check.QuoteChecker;
import dev.verbatim.check.SourceText;
import dev.verbatim.check.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim check ARTICLE --source FILE...}: compares the article's quotes with what the
 * sources say. One instance per parsed command line; not thread-safe.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Checks every direct quote, and every quoted fragment of a mixed quote, in ARTICLE "
            + "against the sources: VERBATIM, ELIDED (marked ... or [insertions]), ALTERED, "
            + "NOT_FOUND, MISATTRIBUTED (a transcript's speaker differs from the article's) and "
            + "OUT_OF_CONTEXT_RISK (a negation or reversal next to the passage, a heuristic).",
        "Sources may be plain text, transcripts with speaker labels (NAVARRO:, Mr. Smith:, Q:/A:, "
            + "[Speaker 2]), WebVTT (.vtt) or SRT (.srt) subtitles. Files must be UTF-8."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:no quote has a class listed in --fail-on",
        "1:some quote has a class listed in --fail-on",
        "2:bad arguments, or an article or source that cannot be read or parsed"})
final class CheckCommand implements Callable<Integer> {
  private final @Nullable Future<QuoteAttributor> prebuilt;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article to check (UTF-8 text).")
  private Path article;

  @Option(names = "--source", required = true, paramLabel = "FILE", order = 1,
      description = "A source to check against; repeat for several.")
  private List<Path> sources = new ArrayList<>();

  @Option(names = "--format", order = 2, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a summary per quote), json (spans into article and sources) or html "
          + "(a self-contained page, quote and passage side by side). Default: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = "--threshold", order = 3, paramLabel = "X", defaultValue = "0.6",
      description = "Similarity in (0, 1] a passage needs; below it a quote is NOT_FOUND. "
          + "Similarity = 2 x matched words / (quote words + passage words). "
          + "Default: ${DEFAULT-VALUE}.")
  private double threshold;

  @Option(names = "--fail-on", order = 4, paramLabel = "CLASS[,CLASS...]", split = ",",
      defaultValue = "ALTERED,NOT_FOUND,MISATTRIBUTED",
      description = "Exit with status 1 when a quote has one of these classes; 'none' never "
          + "fails. Default: ${DEFAULT-VALUE}.")
  private List<String> failOn;

  @Option(names = "--context-window", order = 5, paramLabel = "N", defaultValue = "6",
      description = "Source words searched either side of a passage for negations and "
          + "reversals. Default: ${DEFAULT-VALUE}.")
  private int contextWindow;

  CheckCommand(@Nullable Future<QuoteAttributor> prebuilt) {
    this.prebuilt = prebuilt;
  }

  @Override
  public Integer call() throws Exception {
    Set<CheckClass> fail = failClasses();
    if (!List.of("text", "json", "html").contains(format.toLowerCase(Locale.ROOT))) {
      throw usage("--format must be text, json or html, was \"" + format + "\"");
    }
    QuoteChecker checker;
    try {
      checker = QuoteChecker.builder().threshold(threshold).contextWindow(contextWindow)
          .attributor(engine()).build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage().replace("threshold", "--threshold")
          .replace("contextWindow", "--context-window"));
    }
    PrintWriter err = spec.commandLine().getErr();
    String text;
    List<SourceText> parsed = new ArrayList<>();
    try {
      text = readArticle();
      for (Path p : sources) {
        parsed.add(readSource(p));
      }
    } catch (InputException e) {
      err.println("verbatim check: " + e.getMessage());
      return 2;
    }
    CheckReport report = checker.check(text, parsed);
    PrintWriter out = spec.commandLine().getOut();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> out.print(new CheckJson().toJson(article.toString(), report));
      case "html" -> out.print(HtmlReport.render(report));
      default -> out.print(TextReport.render(report));
    }
    out.flush();
    return report.any(fail) ? 1 : 0;
  }

  /** The engine being built since start-up, or a fresh default one. */
  private QuoteAttributor engine() throws InterruptedException, ExecutionException {
    return prebuilt != null ? prebuilt.get() : QuoteAttributor.create();
  }

  private Set<CheckClass> failClasses() {
    Set<CheckClass> out = EnumSet.noneOf(CheckClass.class);
    for (String f : failOn) {
      String name = f.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      if (name.equals("NONE") || name.isEmpty()) {
        continue;
      }
      try {
        out.add(CheckClass.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw usage("--fail-on: unknown class \"" + f + "\"; use some of "
            + Arrays.stream(CheckClass.values()).map(Enum::name).collect(Collectors.joining(","))
            + ", or none");
      }
    }
    return out;
  }

  private String readArticle() throws InputException {
    try {
      return Files.readString(article, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new InputException("article " + article + " is not valid UTF-8 text");
    } catch (IOException e) {
      throw new InputException("cannot read article " + article + ": " + Inputs.describe(e));
    }
  }

  private static SourceText readSource(Path p) throws InputException {
    try {
      return SourceText.read(p);
    } catch (MalformedSourceException e) {
      throw new InputException("malformed source " + e.getMessage());
    } catch (IOException e) {
      throw new InputException("cannot read source " + p + ": " + Inputs.describe(e));
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** An input file that cannot be used; its message names the file. */
  private static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
