package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  static final String ARTICLE = "\u201CWe will finish the bridge by the end of this year,\u201D "
      + "said Elena Navarro.\n\n\u201CThe tolls stay where they are,\u201D she added.\n";
  static final String HALL = "NAVARRO: We will finish the bridge by the end of next year. "
      + "The tolls stay where they are.\n";

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.commandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
  }

  Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void textSummaryAndExitStatusFollowFailOn() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path s = write("hall.txt", HALL);
    assertThat(run("check", a.toString(), "--source", s.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("[1] ALTERED  \u201CWe will finish the bridge")
        .contains("    changed: \"next\" -> \"this\"\n")
        .contains("[2] VERBATIM  \u201CThe tolls stay where they are,\u201D")
        .endsWith("2 quotes checked against 1 source: 1 VERBATIM, 1 ALTERED\n");
    assertThat(run("check", a.toString(), "--source", s.toString(), "--fail-on", "not-found,"
        + "MISATTRIBUTED")).isEqualTo(0);
    assertThat(run("check", a.toString(), "--source", s.toString(), "--threshold", "0.95",
        "--fail-on", "NOT_FOUND")).isEqualTo(1);
  }

  @Test
  void jsonHasSpansIntoArticleAndSource() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path s = write("hall.txt", HALL);
    run("check", a.toString(), "--source", s.toString(), "--format", "json");
    com.fasterxml.jackson.databind.JsonNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    com.fasterxml.jackson.databind.JsonNode q = root.get("quotes").get(0);
    assertThat(q.get("match").asText()).isEqualTo("ALTERED");
    assertThat(q.get("spans").toString()).isEqualTo("[[0," + (ARTICLE.indexOf(" said") ) + "]]");
    com.fasterxml.jackson.databind.JsonNode d = q.get("differences").get(0);
    assertThat(d.get("kind").asText()).isEqualTo("changed");
    int at = ARTICLE.indexOf("this");
    assertThat(d.get("article").toString())
        .isEqualTo("{\"start\":" + at + ",\"end\":" + (at + 4) + ",\"text\":\"this\"}");
    int src = HALL.indexOf("next");
    assertThat(d.get("source").toString())
        .isEqualTo("{\"start\":" + src + ",\"end\":" + (src + 4) + ",\"text\":\"next\"}");
    assertThat(q.get("passages").get(0).get("span").get("start").asInt())
        .isEqualTo(HALL.indexOf("We will"));
    assertThat(root.get("summary").get("ALTERED").asInt()).isEqualTo(1);
  }

  @Test
  void htmlIsSelfContainedAndMarksDifferences() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path s = write("hall.txt", HALL);
    run("check", a.toString(), "--source", s.toString(), "--format", "html");
    String html = out.toString();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<ins>this</ins>")
        .contains("<del>next</del>").doesNotContain("<script").doesNotContain("http");
  }

  @Test
  void malformedOrUnreadableSourcesNameTheFileAndLine() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path srt = write("clip.srt", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:02 to 3\nX\n");
    assertThat(run("check", a.toString(), "--source", srt.toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("verbatim check: malformed source " + srt
        + ":6: malformed cue timing line \"00:00:02 to 3\"; expected HH:MM:SS,mmm --> "
        + "HH:MM:SS,mmm" + System.lineSeparator());
    Path missing = dir.resolve("nope.txt");
    StringWriter before = new StringWriter();
    before.write(err.toString());
    assertThat(run("check", a.toString(), "--source", missing.toString())).isEqualTo(2);
    assertThat(err.toString().substring(before.toString().length()))
        .startsWith("verbatim check: cannot read source " + missing + ": ");
  }

  @Test
  void badArgumentsAreUsageErrors() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path s = write("hall.txt", HALL);
    assertThat(run("check", a.toString(), "--source", s.toString(), "--fail-on", "WRONG"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--fail-on: unknown class \"WRONG\"");
    assertThat(run("check", a.toString(), "--source", s.toString(), "--threshold", "1.5"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--threshold must be in (0, 1], was 1.5");
    assertThat(run("check", a.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--source=FILE'");
  }
}
