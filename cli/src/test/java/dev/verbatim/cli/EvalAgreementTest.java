package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verbatim eval} agrees with the reference scorer: the CLI writes JSON Lines for the dev texts,
 * {@code score.py --json} scores them, and every figure must equal eval's to the third decimal. Needs
 * {@code ../shared/eval} beside the repository and python3; skipped with a message otherwise.
 */
class EvalAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /** Walks up from the working directory to the folder whose {@code shared/eval} holds the data. */
  static Path sharedEval() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path eval = p.resolve("shared/eval");
      if (Files.isRegularFile(eval.resolve("polnear-dev.jsonl"))
          && Files.isRegularFile(eval.resolve("score.py"))) {
        return eval;
      }
    }
    return null;
  }

  private static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void evalFiguresEqualScorePyOnTheCliOutputForDev() throws Exception {
    Path eval = sharedEval();
    assumeTrue(eval != null, "../shared/eval/polnear-dev.jsonl not found beside the repository "
        + "(walked up from " + Path.of("").toAbsolutePath() + "); agreement with score.py not "
        + "checked");
    assumeTrue(hasPython(), "python3 is not installed; agreement with score.py not checked");
    Path gold = eval.resolve("polnear-dev.jsonl");

    Path texts = Files.createDirectories(tmp.resolve("texts")); // what texts.py does
    for (String line : Files.readAllLines(gold, UTF_8)) {
      if (!line.isBlank()) {
        JsonNode d = MAPPER.readTree(line);
        Files.writeString(texts.resolve(d.get("id").asText() + ".txt"), d.get("text").asText());
      }
    }
    Path pred = tmp.resolve("pred.jsonl");
    CliRun cli = CliRun.run("--format", "jsonl", "--output", pred.toString(), texts.toString());
    assertThat(cli.code()).as(cli.err()).isZero();

    Process py = new ProcessBuilder("python3", eval.resolve("score.py").toString(),
        gold.toString(), pred.toString(), "--json").redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String reference = new String(py.getInputStream().readAllBytes(), UTF_8);
    assertThat(py.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(py.exitValue()).isZero();

    CliRun ours = CliRun.run("eval", "--format", "json", gold.toString());
    assertThat(ours.code()).as(ours.err()).isZero();

    JsonNode want = MAPPER.readTree(reference);
    JsonNode got = MAPPER.readTree(ours.out());
    for (String row : List.of("direct", "all")) {
      List<String> wantKeys = new ArrayList<>();
      want.get(row).fieldNames().forEachRemaining(wantKeys::add);
      List<String> gotKeys = new ArrayList<>();
      got.get(row).fieldNames().forEachRemaining(gotKeys::add);
      assertThat(gotKeys).as(row).containsExactlyInAnyOrderElementsOf(wantKeys);
      for (String key : wantKeys) {
        JsonNode w = want.get(row).get(key);
        JsonNode g = got.get(row).get(key);
        if (w.isNull()) {
          assertThat(g.isNull()).as(row + "." + key).isTrue();
        } else {
          assertThat(g.asDouble()).as(row + "." + key).isCloseTo(w.asDouble(), within(0.0005));
        }
      }
      assertThat(got.get(row).get("tp").asInt()).as(row + " must score something").isPositive();
    }
  }
}
