package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import dev.verbatim.QuoteAttributor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Entry point of the {@code verbatim} command. Stateless; {@link #commandLine} builds a fresh command
 * tree per call so tests can run it in-process with their own streams.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Always UTF-8, whatever the locale: a POSIX locale would otherwise turn every curly quote into '?'.
    // Results go to `stdout` as UTF-8 bytes rendered by the workers; messages and reports of the
    // subcommands go through `out`, which writes to the same stream.
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
    // Build the default engine (lexicons, ICU data) on a second core while picocli parses the
    // arguments: the two cost about the same, so a one-file run starts in about half the time.
    FutureTask<QuoteAttributor> prebuilt = new FutureTask<>(QuoteAttributor::create);
    Thread t = new Thread(prebuilt, "verbatim-prebuild");
    t.setDaemon(true);
    t.start();
    int code = commandLine(System.in, out, err, prebuilt, stdout).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The full command tree ({@code verbatim} and its {@code eval} subcommand), reading {@code -} from
   * {@code stdin} and printing to {@code out} and {@code err}.
   */
  public static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    return commandLine(stdin, out, err, null, null);
  }

  /**
   * As {@link #commandLine(InputStream, PrintWriter, PrintWriter)}, with an engine with default
   * settings already being built, used when the options ask for nothing else.
   */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err,
      @Nullable Future<QuoteAttributor> prebuilt) {
    return commandLine(stdin, out, err, prebuilt, null);
  }

  /**
   * As above; {@code stdout}, when not null, is the byte stream under {@code out}, to which results
   * are written directly as the UTF-8 bytes the workers rendered.
   */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err,
      @Nullable Future<QuoteAttributor> prebuilt, @Nullable OutputStream stdout) {
    CommandLine cl = new CommandLine(new VerbatimCommand(stdin, prebuilt, stdout));
    cl.addSubcommand("eval", new EvalCommand(prebuilt));
    cl.addSubcommand("check", new CheckCommand(prebuilt));
    // A bug must not end in a bare stack trace: one line, and exit status 1.
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("verbatim: internal error, please report: " + ex);
      return CommandLine.ExitCode.SOFTWARE;
    });
    cl.setOut(out);
    cl.setErr(err);
    return cl;
  }
}
