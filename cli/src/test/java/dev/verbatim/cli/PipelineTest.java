package dev.verbatim.cli;

import static dev.verbatim.cli.BatchSafetyTest.cores;
import static dev.verbatim.cli.VerbatimCommandTest.BRIDGE;
import static dev.verbatim.cli.VerbatimCommandTest.FERRY;
import static dev.verbatim.cli.VerbatimCommandTest.write;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch pipeline (a reader, the workers, the writer on the calling thread): the output is the
 * same bytes, in the same order, for any thread count, failures included; results written as bytes
 * to the process's own stdout equal what the in-process writer gets; {@code --threads} is checked.
 */
class PipelineTest {
  @TempDir Path dir;

  /** 30 documents of different lengths, with an empty, a binary and a non-UTF-8 file among them. */
  private Path mixedBatch() throws IOException {
    Path in = dir.resolve("batch");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      text.append(i % 3 == 0 ? FERRY : BRIDGE);
      write(in.resolve(String.format("doc-%02d.txt", 29 - i)), text.toString());
    }
    write(in.resolve("doc-05b.txt"), "");
    Files.write(in.resolve("doc-11b.txt"), new byte[] {'o', 'k', 0, 'x'});
    Files.write(in.resolve("doc-20b.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    return in;
  }

  @Test
  void everyThreadCountGivesTheSameBytesAndTheSameErrorLines() throws IOException {
    Path in = mixedBatch();
    for (String format : List.of("jsonl", "json", "table")) {
      CliRun one = CliRun.run("--format", format, "--threads", "1", in.toString());
      assertThat(one.code()).isEqualTo(1);
      assertThat(one.err().lines().toList()).containsExactly(
          "verbatim: " + in.resolve("doc-05b.txt") + ": empty file, nothing to read",
          "verbatim: " + in.resolve("doc-11b.txt")
              + ": binary file (NUL byte at byte offset 2), expected UTF-8 text",
          "verbatim: " + in.resolve("doc-20b.txt")
              + ": invalid UTF-8 at byte offset 3, expected UTF-8 text");
      for (String threads : List.of("2", "3", "4", "16")) {
        CliRun many = CliRun.run("--format", format, "--threads", threads, in.toString());
        assertThat(many.out()).as("%s with %s threads", format, threads).isEqualTo(one.out());
        assertThat(many.err()).as("%s with %s threads", format, threads).isEqualTo(one.err());
        assertThat(many.code()).isEqualTo(1);
      }
    }
  }

  @Test
  void anOutputFileHoldsTheSameBytesForOneAndFourThreads() throws IOException {
    Path in = mixedBatch();
    Path one = dir.resolve("one.jsonl");
    Path four = dir.resolve("four.jsonl");
    CliRun.run("--format", "jsonl", "--threads", "1", "--output", one.toString(), in.toString());
    CliRun.run("--format", "jsonl", "--threads", "4", "--output", four.toString(), in.toString());
    assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
    assertThat(Files.readString(one))
        .isEqualTo(CliRun.run("--format", "jsonl", in.toString()).out());
    assertThat(Files.readString(one).lines().count()).isEqualTo(30);
  }

  /** As {@code Main.main} wires it: results as bytes on the stream that the writer also uses. */
  private static String viaRawStdout(String stdin, String... args) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(raw, UTF_8));
    PrintWriter err = new PrintWriter(new StringWriter());
    int code = Main.commandLine(new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err, null,
        raw).execute(args);
    out.flush();
    assertThat(code).isZero();
    return raw.toString(UTF_8);
  }

  @Test
  void bytesWrittenStraightToStdoutEqualTheWriterPath() throws IOException {
    Path a = write(dir.resolve("a.txt"), "\uD83D\uDE00 " + BRIDGE); // an emoji: four UTF-8 bytes
    Path b = write(dir.resolve("b.txt"), FERRY);
    for (String format : List.of("jsonl", "json", "table")) {
      String[] args = {"--format", format, "--threads", "2", a.toString(), b.toString()};
      String raw = viaRawStdout("", args);
      assertThat(raw).as(format).isEqualTo(CliRun.run(args).out()).contains("“The ferry stays,”");
    }
    assertThat(viaRawStdout(FERRY, "--format", "jsonl", "-"))
        .isEqualTo(CliRun.withStdin(FERRY, "--format", "jsonl", "-").out());
  }

  @Test
  void badThreadCountsFailAtOnceAndSayWhatToGive() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    for (String bad : List.of("0", "-2", "many", "1.5", "", "1025", "99999999999")) {
      CliRun r = CliRun.run("--threads", bad, a.toString());
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).as(bad).startsWith("--threads takes a whole number from 1 to 1024, was '"
          + bad + "'; leave it out to use all " + cores() + "\n");
      assertThat(r.out()).isEmpty();
    }
    CliRun eval = CliRun.run("eval", "--threads", "none", a.toString());
    assertThat(eval.code()).isEqualTo(2);
    assertThat(eval.err()).startsWith("--threads takes a whole number from 1 to 1024, was 'none'");
    assertThat(CliRun.run("--threads", "1024", "--format", "jsonl", a.toString()).code()).isZero();
  }

  @Test
  void readsRunOnOneThreadInOrderAndResultsComeInOrder() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    List<Integer> readOrder = Collections.synchronizedList(new ArrayList<>());
    Set<String> readers = ConcurrentHashMap.newKeySet();
    Set<String> workers = ConcurrentHashMap.newKeySet();
    List<Integer> consumed = new ArrayList<>();
    OrderedParallel.run(items, 3, i -> {
      readOrder.add(i);
      readers.add(Thread.currentThread().getName());
      return i * 10;
    }, r -> {
      workers.add(Thread.currentThread().getName());
      if (r % 70 == 0) {
        LockSupport.parkNanos(5_000_000); // uneven work: later items finish first
      }
      return r + 1;
    }, o -> consumed.add(o));
    assertThat(readOrder).isEqualTo(items);
    assertThat(readers).containsExactly("verbatim-reader");
    assertThat(workers).containsOnly("verbatim-worker");
    assertThat(consumed).isEqualTo(items.stream().map(i -> i * 10 + 1).toList());
  }

  @Test
  void consumingStopsEarlyWhenTheConsumerSaysSo() {
    List<Integer> consumed = new ArrayList<>();
    OrderedParallel.run(IntStream.range(0, 100).boxed().toList(), 2, i -> i, i -> i,
        o -> consumed.add(o) && o < 9);
    assertThat(consumed).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void oneItemRunsOnTheCallingThreadAlone() {
    String caller = Thread.currentThread().getName();
    List<String> seen = new ArrayList<>();
    OrderedParallel.run(List.of("x"), 4, s -> {
      seen.add(Thread.currentThread().getName());
      return s;
    }, s -> {
      seen.add(Thread.currentThread().getName());
      return s;
    }, s -> seen.add(Thread.currentThread().getName()));
    assertThat(seen).containsExactly(caller, caller, caller);
  }
}
