package dev.verbatim.cli;

import dev.verbatim.QuoteAttributor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code verbatim eval GOLD.jsonl}: runs the engine on every gold text and scores it exactly as
 * {@code ../shared/eval/score.py} would score the CLI's JSON Lines output. One instance per parsed
 * command line; not thread-safe, and it hands worker threads only the immutable engine.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Scores the engine against a gold JSON Lines file (the format of "
            + "../shared/eval/README.md) with the figures of its reference scorer score.py, then "
            + "prints a per-rule breakdown."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:scored every document",
        "1:the gold file is unusable, or some document failed (named on stderr)",
        "2:bad arguments"})
final class EvalCommand implements Callable<Integer> {
  private final @Nullable Future<QuoteAttributor> prebuilt;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "The gold file.")
  private Path gold;

  @Option(names = "--errors", order = 1, paramLabel = "N", defaultValue = "0",
      description = "Also list the first N misses and N false alarms with their context.")
  private int errors;

  @Option(names = "--format", order = 2, paramLabel = "FORMAT", defaultValue = "text",
      converter = TextOrJson.class,
      description = "text (the rows of score.py) or json (one object, score.py --json's keys "
          + "under direct and all). Default: ${DEFAULT-VALUE}.")
  private String format;

  @Mixin private EngineOptions engine;

  EvalCommand(@Nullable Future<QuoteAttributor> prebuilt) {
    this.prebuilt = prebuilt;
  }

  /** Accepts {@code text} or {@code json}, in any case. */
  static final class TextOrJson implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.toLowerCase(Locale.ROOT);
      if (!v.equals("text") && !v.equals("json")) {
        throw new TypeConversionException("'" + value + "' is not a format; use text or json");
      }
      return v;
    }
  }

  @Override
  public Integer call() {
    if (errors < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--errors must be 0 or more, was " + errors);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, GoldDocument> docs;
    try {
      docs = GoldReader.read(gold);
    } catch (GoldReader.BadGold e) {
      err.println("verbatim eval: " + gold + ": " + e.getMessage());
      return 1;
    }
    QuoteAttributor attributor = engine.buildEngine(prebuilt);
    Map<String, List<Prediction>> predictions = new HashMap<>();
    ProgressBar bar = new ProgressBar(err, docs.size(), ProgressBar.wanted());
    int[] failed = {0};
    OrderedParallel.run(new ArrayList<>(docs.values()), engine.threads(),
        d -> predict(attributor, d), r -> {
          bar.step();
          if (r.problem() != null) {
            failed[0]++;
            err.println("verbatim eval: " + r.id() + ": " + r.problem() + "; scored as empty");
          }
          predictions.put(r.id(), r.predictions());
          return true;
        });
    bar.finish();
    Scorer.Row direct = Scorer.score(docs.values(), predictions, Set.of("direct"), Set.of("direct"));
    Scorer.Row all = Scorer.score(docs.values(), predictions, Scorer.SPEECH_KINDS,
        Scorer.SPEECH_KINDS);
    EvalReport report = EvalReport.of(direct, all, errors);
    out.print(format.equals("json") ? report.json(errors > 0) + "\n" : report.text(errors > 0));
    out.flush();
    return failed[0] == 0 ? 0 : 1;
  }

  private record Predicted(String id, List<Prediction> predictions, String problem) {}

  private static Predicted predict(QuoteAttributor attributor, GoldDocument d) {
    if (d.text().length() > attributor.maxDocumentLength()) {
      return new Predicted(d.id(), List.of(), "document of " + d.text().length()
          + " UTF-16 units is longer than --max-length " + attributor.maxDocumentLength());
    }
    try {
      return new Predicted(d.id(), Prediction.from(attributor.attribute(d.text())), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Predicted(d.id(), List.of(), "internal error, please report: " + e);
    }
  }
}
