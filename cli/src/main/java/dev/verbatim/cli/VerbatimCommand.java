package dev.verbatim.cli;

import dev.verbatim.QuoteAttributor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim [FILE|DIR|-]...}: prints who said what in each input. One instance per parsed
 * command line; not thread-safe, and it hands worker threads only the immutable engine.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true, version = "verbatim 0.1.0",
    sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Finds the quotations in English text and says who said them.",
        "A DIR means every regular file below it, in sorted order; - is standard input, which is "
            + "also read when no input is given. Input must be UTF-8 text (or HTML, with --input html)."},
    footerHeading = "%nSpeed:%n",
    footer = {
        "Documents are read, attributed (--threads at a time) and written out in parallel; the "
            + "output is the same, in input order, for any thread count.",
        "The ./verbatim script picks the JIT by the size of the work. Inputs up to 256 MiB in all "
            + "(a directory counts every file below it; a pipe counts as small) run with C1 only: "
            + "it starts fast and warms up within a second. Larger ones run with full tiered "
            + "compilation (C2): slower to warm up, faster once warm. VERBATIM_JAVA_OPTS adds or "
            + "overrides JVM options:",
        "  VERBATIM_JAVA_OPTS=-XX:TieredStopAtLevel=4    always C2",
        "  VERBATIM_JAVA_OPTS=-XX:TieredStopAtLevel=1    always C1"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input was processed",
        "1:some input failed; each is named on stderr and the others were processed",
        "2:bad arguments"})
final class VerbatimCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final @Nullable Future<QuoteAttributor> prebuilt;
  private final @Nullable OutputStream stdout;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Inputs to read.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--format", order = 1, paramLabel = "FORMAT", defaultValue = "table",
      converter = OutputFormat.Converter.class,
      description = "table (for reading), json (one object per document), jsonl (one line per "
          + "document) or html (a report page per document, plus index.html with --output-dir and "
          + "several inputs). Default: ${DEFAULT-VALUE}.")
  private OutputFormat format;

  @Option(names = "--input", order = 1, paramLabel = "KIND", defaultValue = "text",
      converter = HtmlInput.KindConverter.class,
      description = "text, or html: read inputs as article HTML; offsets are into its extracted "
          + "text, and JSON adds \"source\" spans into the HTML. Default: ${DEFAULT-VALUE}.")
  private HtmlInput.Kind inputKind;

  @Option(names = {"-o", "--output"}, order = 2, paramLabel = "FILE",
      description = "Write all results to FILE, atomically (complete or not at all).")
  private @Nullable Path output;

  @Option(names = "--output-dir", order = 3, paramLabel = "DIR",
      description = "Write one result file per input below DIR, named after the input's path.")
  private @Nullable Path outputDir;

  @Option(names = "--resume", order = 4,
      description = "With --output-dir: skip inputs whose result file already exists.")
  private boolean resume;

  @Mixin private EngineOptions engine;

  VerbatimCommand(InputStream stdin, @Nullable Future<QuoteAttributor> prebuilt,
      @Nullable OutputStream stdout) {
    this.stdin = stdin;
    this.prebuilt = prebuilt;
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    validate();
    List<String> args = inputs;
    if (args.isEmpty()) {
      if (System.console() != null) {
        throw usage("no input: give FILE or DIR arguments, or - to read standard input");
      }
      args = List.of(Input.STDIN);
    }
    List<Input> docs = Inputs.expand(args);
    if (format == OutputFormat.HTML && outputDir == null && docs.size() > 1) {
      throw usage("--format html writes one page per input; for " + docs.size()
          + " inputs give --output-dir DIR (it also gets an index.html)");
    }
    QuoteAttributor attributor = engine.buildEngine(prebuilt); // before a temporary file exists
    ResultSink sink;
    try { // open the output before any work, so a bad destination costs nothing
      sink = outputDir != null ? ResultSink.directory(outputDir, format)
          : output != null ? ResultSink.file(output)
          : ResultSink.stdout(spec.commandLine().getOut(), stdout);
    } catch (IOException e) {
      spec.commandLine().getErr().println(
          "verbatim: cannot write output " + output + ": " + Inputs.describe(e));
      return 1;
    }
    boolean index = format == OutputFormat.HTML && outputDir != null && docs.size() > 1;
    BatchRun run = new BatchRun(attributor, format, stdin, spec.commandLine().getErr(),
        resume ? outputDir : null, inputKind, index ? outputDir : null);
    int code = run.run(docs, engine.threads(), sink);
    if (index) {
      try {
        HtmlInput.writeIndex(outputDir, run.summaries());
      } catch (IOException e) {
        spec.commandLine().getErr().println("verbatim: cannot write "
            + outputDir.resolve(HtmlInput.INDEX) + ": " + Inputs.describe(e));
        code = 1;
      }
    }
    spec.commandLine().getOut().flush();
    return code;
  }

  private void validate() {
    if (output != null && outputDir != null) {
      throw usage("--output and --output-dir cannot be combined; choose one");
    }
    if (resume && outputDir == null) {
      throw usage("--resume needs --output-dir DIR (the results it resumes from)");
    }
    if (output != null && Files.isDirectory(output)) {
      throw usage("--output " + output + " is a directory; give a file, or use --output-dir");
    }
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw usage("--output-dir " + outputDir + " exists and is not a directory");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
