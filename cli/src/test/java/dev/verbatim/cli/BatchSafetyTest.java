package dev.verbatim.cli;

import static dev.verbatim.cli.VerbatimCommandTest.BRIDGE;
import static dev.verbatim.cli.VerbatimCommandTest.FERRY;
import static dev.verbatim.cli.VerbatimCommandTest.lines;
import static dev.verbatim.cli.VerbatimCommandTest.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI loses nothing: every bad input costs one stderr line, and the rest is still processed. */
class BatchSafetyTest {
  @TempDir Path dir;

  private List<String> documents(CliRun r) throws IOException {
    return lines(r.out()).stream().map(d -> d.get("document").asText()).toList();
  }

  /** Runs a bad input between two good ones and checks the one-line report and the survivors. */
  private void assertOneLineAndTheRestSurvives(Path bad, String problem) throws IOException {
    Path a = write(dir.resolve("good-a.txt"), BRIDGE);
    Path b = write(dir.resolve("good-b.txt"), FERRY);
    CliRun r = CliRun.run("--format", "jsonl", a.toString(), bad.toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("verbatim: " + bad + ": " + problem + "\n");
    assertThat(documents(r)).containsExactly(a.toString(), b.toString());
  }

  @Test
  void missingFile() throws IOException {
    assertOneLineAndTheRestSurvives(dir.resolve("nowhere.txt"), "no such file or directory");
  }

  @Test
  void unreadableFile() throws IOException {
    Path f = write(dir.resolve("secret.txt"), BRIDGE);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(f), "running as root: a mode-000 file is still readable");
    assertOneLineAndTheRestSurvives(f, "permission denied");
  }

  @Test
  void deviceIsNotReadAsText() throws IOException {
    Path dev = Path.of("/dev/null");
    assumeTrue(Files.exists(dev), "no /dev/null on this system");
    assertOneLineAndTheRestSurvives(dev, "not a regular file (a device, pipe or socket)");
  }

  @Test
  void invalidUtf8NamesTheByteOffset() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
    assertOneLineAndTheRestSurvives(f, "invalid UTF-8 at byte offset 3, expected UTF-8 text");
  }

  @Test
  void truncatedUtf8SequenceAtTheEnd() throws IOException {
    Path f = dir.resolve("cut.txt");
    Files.write(f, new byte[] {'o', 'k', ' ', (byte) 0xE2, (byte) 0x80}); // half of a curly quote
    assertOneLineAndTheRestSurvives(f, "invalid UTF-8 at byte offset 3, expected UTF-8 text");
  }

  @Test
  void binaryFile() throws IOException {
    Path f = dir.resolve("image.png");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertOneLineAndTheRestSurvives(f,
        "binary file (NUL byte at byte offset 4), expected UTF-8 text");
  }

  @Test
  void emptyFile() throws IOException {
    Path f = write(dir.resolve("empty.txt"), "");
    assertOneLineAndTheRestSurvives(f, "empty file, nothing to read");
  }

  @Test
  void directoryWithoutFiles() throws IOException {
    Path d = Files.createDirectories(dir.resolve("nothing-here/inner"));
    assertOneLineAndTheRestSurvives(d, "directory contains no regular files");
  }

  @Test
  void directoryAsOutputFileIsRefusedAtOnce() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    Path out = Files.createDirectories(dir.resolve("out"));
    CliRun r = CliRun.run("--output", out.toString(), a.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("--output " + out + " is a directory; give a file, or use "
        + "--output-dir\n").contains("Usage: verbatim");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void everyBadKindInOneRunGetsOneLineEachInInputOrder() throws IOException {
    Path good = write(dir.resolve("good.txt"), FERRY);
    Path empty = write(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {'a', 0});
    Path missing = dir.resolve("missing.txt");
    CliRun r = CliRun.run("--format", "jsonl", "--threads", "2", empty.toString(), good.toString(),
        binary.toString(), missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines().toList()).containsExactly(
        "verbatim: " + empty + ": empty file, nothing to read",
        "verbatim: " + binary + ": binary file (NUL byte at byte offset 1), expected UTF-8 text",
        "verbatim: " + missing + ": no such file or directory");
    assertThat(documents(r)).containsExactly(good.toString());
  }

  @Test
  void emptyStandardInputIsReportedAsDash() {
    CliRun r = CliRun.withStdin("", "-");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("verbatim: -: empty file, nothing to read\n");
  }

  @Test
  void outputFileIsWrittenWholeWithNoTemporaryFileLeft() throws IOException {
    Path a = write(dir.resolve("in/a.txt"), BRIDGE);
    Path b = write(dir.resolve("in/b.txt"), FERRY);
    Path out = write(dir.resolve("res/all.jsonl"), "stale content that must be replaced\n");
    CliRun r = CliRun.run("--format", "jsonl", "--output", out.toString(), a.toString(),
        dir.resolve("in/gone.txt").toString(), b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String stdout = CliRun.run("--format", "jsonl", a.toString(), b.toString()).out();
    assertThat(Files.readString(out)).isEqualTo(stdout);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void outputToANamedPipeWritesIntoThePipeAndLeavesItAPipe() throws Exception {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    Path b = write(dir.resolve("b.txt"), FERRY);
    Path fifo = dir.resolve("results.fifo");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "no mkfifo on this system");
    // Reading blocks until the run opens the pipe for writing and ends when it closes it.
    CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    CliRun r = CliRun.run("--format", "jsonl", "--threads", "2", "--output", fifo.toString(),
        a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(read.get(60, TimeUnit.SECONDS))
        .isEqualTo(CliRun.run("--format", "jsonl", a.toString(), b.toString()).out());
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.txt", "b.txt", "results.fifo");
    }
  }

  @Test
  void outputFileIsNotCreatedWhenTheOutputCannotBeCommitted() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    Path blocker = write(dir.resolve("blocker"), "a file where a folder is needed");
    CliRun r = CliRun.run("--output", blocker.resolve("out.jsonl").toString(), a.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("verbatim: cannot write output " + blocker.resolve("out.jsonl")
        + ": a file is in the way at " + blocker + "\n");
    assertThat(Files.readString(blocker)).isEqualTo("a file where a folder is needed");
  }

  @Test
  void outputDirHoldsOneResultPerInputNamedAfterItsPath() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("x/a.txt"), BRIDGE);
    write(in.resolve("y/a.txt"), FERRY);
    Path out = dir.resolve("out");
    CliRun r = CliRun.run("--format", "json", "--output-dir", out.toString(), in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    for (String name : List.of("x/a.txt", "y/a.txt")) {
      Path input = in.resolve(name);
      Path result = out.resolve(input.toString().substring(1) + ".json");
      assertThat(Files.readString(result))
          .isEqualTo(CliRun.run("--format", "json", input.toString()).out());
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(2);
    }
  }

  @Test
  void resultPathsMirrorRelativePathsAndNeverEscapeTheDirectory() {
    Path out = Path.of("res");
    assertThat(ResultSink.resultPath(out, Input.file(Path.of("news/a.txt")), OutputFormat.JSONL))
        .isEqualTo(Path.of("res/news/a.txt.jsonl"));
    assertThat(ResultSink.resultPath(out, Input.file(Path.of("../up/./b.txt")), OutputFormat.TABLE))
        .isEqualTo(Path.of("res/__/up/b.txt.txt"));
    assertThat(ResultSink.resultPath(out, Input.stdin(), OutputFormat.JSON))
        .isEqualTo(Path.of("res/stdin.json"));
  }

  @Test
  void resumeSkipsInputsWhoseResultExists() throws IOException {
    Path in = dir.resolve("in");
    Path a = write(in.resolve("a.txt"), BRIDGE);
    Path b = write(in.resolve("b.txt"), FERRY);
    Path out = dir.resolve("out");
    Path doneA = ResultSink.resultPath(out, Input.file(a), OutputFormat.JSONL);
    write(doneA, "{\"marker\": \"already done\"}\n");
    CliRun r = CliRun.run("--format", "jsonl", "--output-dir", out.toString(), "--resume",
        in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("verbatim: --resume: skipped 1 input whose result exists\n");
    assertThat(Files.readString(doneA)).isEqualTo("{\"marker\": \"already done\"}\n");
    assertThat(Files.readString(ResultSink.resultPath(out, Input.file(b), OutputFormat.JSONL)))
        .isEqualTo(CliRun.run("--format", "jsonl", b.toString()).out());
  }

  @Test
  void unknownOptionsAndBadValuesFailAtOnceWithUsage() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    List<List<String>> cases = List.of(
        List.of("--colour", a.toString()),
        List.of("--format", "xml", a.toString()),
        List.of("--threads", "0", a.toString()),
        List.of("--threads", "many", a.toString()),
        List.of("--max-length", "-5", a.toString()),
        List.of("--resume", a.toString()),
        List.of("--output", "x", "--output-dir", "y", a.toString()));
    List<String> messages = List.of(
        "Unknown option: '--colour'",
        "Invalid value for option '--format': 'xml' is not a format; use table, json, jsonl or html",
        "--threads takes a whole number from 1 to 1024, was '0'; leave it out to use all "
            + cores(),
        "--threads takes a whole number from 1 to 1024, was 'many'; leave it out to use all "
            + cores(),
        "--max-length must be a positive number of UTF-16 units, was -5",
        "--resume needs --output-dir DIR (the results it resumes from)",
        "--output and --output-dir cannot be combined; choose one");
    for (int i = 0; i < cases.size(); i++) {
      CliRun r = CliRun.run(cases.get(i).toArray(String[]::new));
      assertThat(r.code()).as("%s", cases.get(i)).isEqualTo(2);
      assertThat(r.err()).as("%s", cases.get(i)).startsWith(messages.get(i) + "\n")
          .contains("Usage: verbatim");
      assertThat(r.out()).isEmpty();
    }
  }

  static String cores() {
    int n = Runtime.getRuntime().availableProcessors();
    return n + (n == 1 ? " core" : " cores");
  }

  @Test
  void outputOrderIsInputOrderWhateverTheThreadCount() throws IOException {
    Path in = dir.resolve("many");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append(i % 2 == 0 ? BRIDGE : FERRY); // documents of different lengths finish out of order
      write(in.resolve(String.format("doc-%02d.txt", 39 - i)), text.toString());
    }
    String one = CliRun.run("--format", "jsonl", "--threads", "1", in.toString()).out();
    String four = CliRun.run("--format", "jsonl", "--threads", "4", in.toString()).out();
    assertThat(four).isEqualTo(one);
    List<String> expected = Stream.iterate(0, i -> i + 1).limit(40)
        .map(i -> in.resolve(String.format("doc-%02d.txt", i)).toString()).toList();
    assertThat(documents(CliRun.run("--format", "jsonl", "--threads", "3", in.toString())))
        .isEqualTo(expected);
    assertThat(Files.readString(in.resolve("doc-00.txt"), UTF_8)).hasSizeGreaterThan(1000);
  }
}
