package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final String TEXT =
      "“We will finish the bridge by May,” the mayor said. The weather was mild.";

  @TempDir Path dir;

  private Path gold() throws IOException {
    int end = TEXT.indexOf(" the mayor");
    int said = TEXT.indexOf("said");
    int mayor = TEXT.indexOf("the mayor");
    String line = "{\"id\": \"bridge\", \"text\": \"" + TEXT + "\", \"attributions\": [{\"content\": "
        + "[[0, " + end + "]], \"cue\": [[" + said + ", " + (said + 4) + "]], \"source\": [["
        + mayor + ", " + (mayor + 9) + "]], \"form\": \"direct\"}]}\n";
    return Files.writeString(dir.resolve("gold.jsonl"), line + "\n" + line.replace("bridge\"",
        "second\""));
  }

  @Test
  void textOutputStartsWithTheTwoRowsOfTheReferenceScorer() throws IOException {
    CliRun r = CliRun.run("eval", gold().toString(), "--errors", "2");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty(); // no console under test: no progress bar
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).matches("direct  gold     2 pred +\\d+ \\| detect P \\d\\.\\d{3} R "
        + "1\\.000 F1 \\d\\.\\d{3} \\| speaker acc \\d\\.\\d{3} \\| end-to-end P \\d\\.\\d{3} R "
        + "\\d\\.\\d{3} F1 \\d\\.\\d{3}");
    assertThat(lines.get(1)).startsWith("all     gold     2 pred ");
    assertThat(lines).contains("per rule (all row)")
        .anyMatch(l -> l.startsWith("misses (all row"))
        .anyMatch(l -> l.startsWith("false alarms (all row"));
  }

  @Test
  void jsonOutputHasTheReferenceKeysUnderDirectAndAll() throws IOException {
    CliRun r = CliRun.run("eval", "--format", "json", gold().toString());
    assertThat(r.code()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    for (String row : List.of("direct", "all")) {
      List<String> keys = new ArrayList<>();
      o.get(row).fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("gold", "pred", "ignored", "gold_src", "tp", "tp_src",
          "tp_speaker", "tp_named", "detect_p", "detect_r", "detect_f1", "speaker_acc", "e2e_p",
          "e2e_r", "e2e_f1", "name_acc");
      assertThat(o.get(row).get("gold").asInt()).isEqualTo(2);
      assertThat(o.get(row).get("tp").asInt()).isEqualTo(2);
    }
    assertThat(o.get("rules").isArray()).isTrue();
  }

  @Test
  void unusableGoldFilesFailWithOneLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \"x\", "
        + "\"attributions\": []}\n{not json\n");
    Path noForm = Files.writeString(dir.resolve("noform.jsonl"), "{\"id\": \"a\", \"text\": \"x\", "
        + "\"attributions\": [{\"content\": [[0, 1]], \"source\": []}]}\n");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Path missing = dir.resolve("missing.jsonl");

    CliRun r = CliRun.run("eval", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("verbatim eval: " + bad + ": line 2: not valid JSON (")
        .hasLineCount(1);
    assertThat(CliRun.run("eval", noForm.toString()).err()).isEqualTo("verbatim eval: " + noForm
        + ": line 1: attribution 0: missing \"form\"\n");
    assertThat(CliRun.run("eval", folder.toString()).err()).isEqualTo("verbatim eval: " + folder
        + ": is a directory; eval needs a gold JSON Lines file\n");
    assertThat(CliRun.run("eval", missing.toString()).err()).isEqualTo("verbatim eval: " + missing
        + ": no such file or directory\n");
  }

  @Test
  void badEvalArgumentsFailWithUsage() throws IOException {
    CliRun r = CliRun.run("eval", "--format", "csv", gold().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("Invalid value for option '--format': 'csv' is not a format; "
        + "use text or json\n").contains("Usage: verbatim eval");
    CliRun none = CliRun.run("eval");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).startsWith("Missing required parameter: 'GOLD.jsonl'");
  }

  @Test
  void goldWithQuoteTypesGetsSpeakerAccuracyByType() throws IOException {
    String text = "“Is the kettle on?” asked Tilda.\n\n“It is,” said Rufus.";
    int q2 = text.indexOf("“It");
    String line = "{\"id\": \"kettle\", \"text\": \"" + text.replace("\n", "\\n")
        + "\", \"attributions\": [{\"content\": [[0, " + (text.indexOf('?') + 2) + "]], "
        + "\"source\": [], \"form\": \"direct\", \"speaker\": [\"Tilda\"], \"quote_type\": "
        + "\"Explicit\"}, {\"content\": [[" + q2 + ", " + (text.indexOf(',', q2) + 2) + "]], "
        + "\"source\": [], \"form\": \"direct\", \"speaker\": [\"Mabel\"], \"quote_type\": "
        + "\"Anaphoric\"}]}\n";
    Path gold = Files.writeString(dir.resolve("typed.jsonl"), line);
    CliRun r = CliRun.run("eval", "--genre", "fiction", gold.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\nspeaker acc by quote_type (all row)\n"
        + "  Anaphoric  matched     1 right     0 acc 0.000\n"
        + "  Explicit   matched     1 right     1 acc 1.000\n");
    JsonNode o = new ObjectMapper().readTree(
        CliRun.run("eval", "--genre", "fiction", "--format", "json", gold.toString()).out());
    assertThat(o.get("quote_types").get("Explicit").get("speaker_acc").asDouble()).isEqualTo(1.0);
    assertThat(o.get("quote_types").get("Anaphoric").get("matched").asInt()).isEqualTo(1);
    // news gold has no quote_type: no split
    assertThat(CliRun.run("eval", gold().toString()).out()).doesNotContain("quote_type");
  }
}
