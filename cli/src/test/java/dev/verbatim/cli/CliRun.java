package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process with captured streams. */
record CliRun(int code, String out, String err) {
  static CliRun run(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(UTF_8)), o, e).execute(args);
    }
    return new CliRun(code, out.toString(), err.toString());
  }
}
