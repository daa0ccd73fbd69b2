package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.verbatim.AttributionResult;
import dev.verbatim.QuoteAttributor;
import dev.verbatim.html.report.ArticleSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One batch run of the main command, as a pipeline ({@link OrderedParallel}): one thread reads the
 * inputs in order, workers attribute each on the shared engine and render it to UTF-8 bytes, and
 * the calling thread hands the bytes to the sink in input order, so the output is the same for any
 * thread count. A failed input costs one line on stderr and nothing else. Per-run object, driven by
 * one thread; the reader touches only {@code stdin}, the workers only the immutable engine and writer.
 */
final class BatchRun {
  private final QuoteAttributor engine;
  private final OutputFormat format;
  private final InputStream stdin;
  private final PrintWriter err;
  private final @Nullable Path resumeDir;
  private final @Nullable JsonWriter json;
  private final HtmlInput.Kind inputKind;
  /** With --format html and --output-dir: where the reports go, for the index's links. */
  private final @Nullable Path reportDir;
  private final List<ArticleSummary> summaries = new ArrayList<>();

  BatchRun(QuoteAttributor engine, OutputFormat format, InputStream stdin, PrintWriter err,
      @Nullable Path resumeDir) {
    this(engine, format, stdin, err, resumeDir, HtmlInput.Kind.TEXT, null);
  }

  BatchRun(QuoteAttributor engine, OutputFormat format, InputStream stdin, PrintWriter err,
      @Nullable Path resumeDir, HtmlInput.Kind inputKind, @Nullable Path reportDir) {
    this.inputKind = inputKind;
    this.reportDir = reportDir;
    this.engine = engine;
    this.format = format;
    this.stdin = stdin;
    this.err = err;
    this.resumeDir = resumeDir;
    this.json = format == OutputFormat.TABLE || format == OutputFormat.HTML ? null
        : new JsonWriter(); // no Jackson for tables and reports
  }

  /** What became of one input: a rendering (UTF-8), a problem, or skipped because already complete. */
  private record Outcome(Input input, byte @Nullable [] rendered, @Nullable String problem,
      @Nullable ArticleSummary summary) {
    Outcome(Input input, byte @Nullable [] rendered, @Nullable String problem) {
      this(input, rendered, problem, null);
    }
  }

  /** An input after the reading stage: its text, or the outcome it already has. */
  private record Loaded(Input input, @Nullable String text, @Nullable Outcome done) {}

  /** The index entries of the reports written so far, in input order (with a report dir only). */
  List<ArticleSummary> summaries() {
    return List.copyOf(summaries);
  }

  /** Runs the batch; returns 0 when every input was processed, 1 when any failed. */
  int run(List<Input> inputs, int threads, ResultSink sink) {
    int[] failed = {0};
    int[] skipped = {0};
    try (sink) {
      boolean[] broken = {false};
      OrderedParallel.run(inputs, threads, this::read, this::process, o -> {
        if (o.problem() != null) {
          failed[0]++;
          err.println("verbatim: " + o.input().name() + ": " + o.problem());
        } else if (o.rendered() == null) {
          skipped[0]++;
        } else {
          try {
            if (!sink.accept(o.input(), o.rendered())) {
              broken[0] = true;
              return false;
            }
            if (o.summary() != null) {
              summaries.add(o.summary());
            }
          } catch (IOException e) {
            err.println("verbatim: cannot write the result of " + o.input().name() + ": "
                + Inputs.describe(e));
            failed[0]++;
          }
        }
        return true;
      });
      if (broken[0]) {
        return 1; // the reader went away (e.g. `| head`); nothing more to say
      }
      sink.commit();
    } catch (IOException e) {
      err.println("verbatim: cannot write output: " + Inputs.describe(e));
      return 1;
    }
    if (skipped[0] > 0) {
      err.println("verbatim: --resume: skipped " + skipped[0]
          + (skipped[0] == 1 ? " input whose result exists" : " inputs whose results exist"));
    }
    return failed[0] == 0 ? 0 : 1;
  }

  /** The reading stage (one thread, in input order): resume check, file or stdin, length check. */
  private Loaded read(Input input) {
    if (resumeDir != null && !input.isStdin() && input.problem() == null
        && Files.exists(ResultSink.resultPath(resumeDir, input, format))) {
      return new Loaded(input, null, new Outcome(input, null, null));
    }
    String text;
    try {
      text = TextLoader.load(input, stdin);
    } catch (TextLoader.Problem p) {
      return new Loaded(input, null, new Outcome(input, null, p.getMessage()));
    }
    if (text.length() > engine.maxDocumentLength()) {
      return new Loaded(input, null, new Outcome(input, null, "document of " + text.length()
          + " UTF-16 units is longer than --max-length " + engine.maxDocumentLength()
          + "; raise --max-length to process it"));
    }
    return new Loaded(input, text, null);
  }

  /** The work stage (any worker thread): attributes and renders, so writing is only a copy. */
  private Outcome process(Loaded loaded) {
    if (loaded.done() != null) {
      return loaded.done();
    }
    Input input = loaded.input();
    try {
      HtmlInput.Analysis a = HtmlInput.analyse(engine, loaded.text(), inputKind, input.name());
      return new Outcome(input, render(input.name(), a).getBytes(UTF_8), null,
          reportDir == null ? null : HtmlInput.summary(a, reportDir, input));
    } catch (RuntimeException | StackOverflowError e) {
      // The engine promises not to throw on content; if it does, lose this file, not the batch.
      return new Outcome(input, null, "internal error, please report: " + e);
    }
  }

  private String render(String document, HtmlInput.Analysis a) {
    AttributionResult r = a.result();
    return switch (format) {
      case TABLE -> TableWriter.render(document, r) + "\n";
      case JSON -> json.toJsonLine(document, r, true, a.source());
      case JSONL -> json.toJsonLine(document, r, false, a.source());
      case HTML -> HtmlInput.report(a);
    };
  }
}
