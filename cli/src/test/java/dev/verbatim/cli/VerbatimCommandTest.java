package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.QuoteAttributor;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbatimCommandTest {
  static final String BRIDGE = "The council met on Tuesday. “We will finish the bridge by May,” "
      + "the mayor said.\n";
  static final String FERRY = "“The ferry stays,” the captain told the crowd. The new "
      + "timetable is a “masterpiece” of confusion.\n";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, UTF_8);
  }

  static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      out.add(MAPPER.readTree(line));
    }
    return out;
  }

  static List<Integer> span(String text, String piece) {
    int s = text.indexOf(piece);
    return List.of(s, s + piece.length());
  }

  static List<Integer> firstSpan(JsonNode quote) {
    JsonNode sp = quote.get("spans").get(0);
    return List.of(sp.get(0).asInt(), sp.get(1).asInt());
  }

  @Test
  void tablePrintsKindAndQuotePerDocument() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    CliRun r = CliRun.run(a.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(a + ": 1 quote, ");
    assertThat(r.out().lines().toList()).anyMatch(l -> l.startsWith("  KIND"))
        .anyMatch(l -> l.startsWith("  direct") && l.endsWith("“We will finish the bridge by May,”"));
  }

  @Test
  void jsonlPrintsOneLinePerDocumentInInputOrderWithUtf16Offsets() throws IOException {
    String astral = "\uD83D\uDE00 " + BRIDGE; // an emoji before the quote shifts UTF-16 offsets by 3
    Path b = write(dir.resolve("b.txt"), astral);
    Path a = write(dir.resolve("a.txt"), FERRY);
    CliRun r = CliRun.run("--format", "jsonl", b.toString(), a.toString());
    assertThat(r.code()).isZero();
    List<JsonNode> docs = lines(r.out());
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("document").asText()).isEqualTo(b.toString());
    assertThat(docs.get(1).get("document").asText()).isEqualTo(a.toString());
    JsonNode q = docs.get(0).get("quotes").get(0);
    assertThat(q.get("kind").asText()).isEqualTo("direct");
    assertThat(firstSpan(q)).isEqualTo(span(astral, "“We will finish the bridge by May,”"))
        .containsExactly(31, 66);
    assertThat(q.get("text").asText()).isEqualTo("“We will finish the bridge by May,”");
    List<String> fields = new ArrayList<>();
    q.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("kind", "spans", "text", "parent", "cue", "speaker",
        "confidence", "rule", "unclosed");
    List<String> top = new ArrayList<>();
    docs.get(1).fieldNames().forEachRemaining(top::add);
    assertThat(top).containsExactly("document", "quotes", "entities");
  }

  @Test
  void jsonIsOnePrettyObjectPerDocument() throws IOException {
    Path a = write(dir.resolve("a.txt"), BRIDGE);
    Path b = write(dir.resolve("b.txt"), FERRY);
    CliRun r = CliRun.run("--format", "json", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    var parser = MAPPER.getFactory().createParser(r.out());
    List<JsonNode> docs = new ArrayList<>();
    MAPPER.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
    assertThat(docs).extracting(d -> d.get("document").asText())
        .containsExactly(a.toString(), b.toString());
    assertThat(r.out().lines().count()).isGreaterThan(10);
  }

  @Test
  void directoryMeansAllRegularFilesBelowItSorted() throws IOException {
    write(dir.resolve("in/z.txt"), BRIDGE);
    write(dir.resolve("in/sub/m.txt"), FERRY);
    write(dir.resolve("in/a.txt"), FERRY);
    CliRun r = CliRun.run("--format", "jsonl", dir.resolve("in").toString());
    assertThat(r.code()).isZero();
    assertThat(lines(r.out())).extracting(d -> d.get("document").asText()).containsExactly(
        dir.resolve("in/a.txt").toString(), dir.resolve("in/sub/m.txt").toString(),
        dir.resolve("in/z.txt").toString());
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    CliRun r = CliRun.withStdin(FERRY, "--format", "jsonl", "-");
    assertThat(r.code()).isZero();
    JsonNode doc = lines(r.out()).get(0);
    assertThat(doc.get("document").asText()).isEqualTo("-");
    assertThat(firstSpan(doc.get("quotes").get(0))).isEqualTo(span(FERRY, "“The ferry stays,”"));
  }

  @Test
  void nonSpeechReportsScareQuotesWithTheirOwnKind() throws IOException {
    Path a = write(dir.resolve("a.txt"), FERRY);
    JsonNode plain = lines(CliRun.run("--format", "jsonl", a.toString()).out()).get(0);
    JsonNode all = lines(CliRun.run("--format", "jsonl", "--non-speech", a.toString()).out()).get(0);
    List<List<Integer>> nonSpeech = new ArrayList<>();
    all.get("quotes").forEach(q -> {
      if (q.get("kind").asText().equals("non-speech")) {
        nonSpeech.add(firstSpan(q));
      }
    });
    assertThat(nonSpeech).containsExactly(span(FERRY, "“masterpiece”"));
    plain.get("quotes").forEach(q -> assertThat(q.get("kind").asText()).isNotEqualTo("non-speech"));
  }

  @Test
  void maxLengthRefusesLongerDocumentsButProcessesTheRest() throws IOException {
    Path longer = write(dir.resolve("long.txt"), BRIDGE + BRIDGE);
    Path shorter = write(dir.resolve("short.txt"), BRIDGE);
    CliRun r = CliRun.run("--format", "jsonl", "--max-length", String.valueOf(BRIDGE.length()),
        longer.toString(), shorter.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("verbatim: " + longer + ": document of " + 2 * BRIDGE.length()
        + " UTF-16 units is longer than --max-length " + BRIDGE.length()
        + "; raise --max-length to process it\n");
    assertThat(lines(r.out())).extracting(d -> d.get("document").asText())
        .containsExactly(shorter.toString());
  }

  @Test
  void aPrebuiltEngineIsUsedOnlyWhenTheOptionsAreTheDefaults() throws Exception {
    Path a = write(dir.resolve("a.txt"), FERRY);
    // A stand-in "default" engine that reports non-speech shows which engine ran.
    FutureTask<QuoteAttributor> prebuilt =
        new FutureTask<>(() -> QuoteAttributor.builder().reportNonSpeech(true).build());
    prebuilt.run();
    Function<String[], String> run = args -> {
      StringWriter out = new StringWriter();
      try (PrintWriter o = new PrintWriter(out);
          PrintWriter e = new PrintWriter(new StringWriter())) {
        Main.commandLine(InputStream.nullInputStream(), o, e, prebuilt).execute(args);
      }
      return out.toString();
    };
    assertThat(run.apply(new String[] {"--format", "jsonl", a.toString()}))
        .contains("\"kind\":\"non-speech\"");
    assertThat(run.apply(new String[] {"--format", "jsonl", "--max-length", "100000",
        a.toString()})).doesNotContain("\"kind\":\"non-speech\"");
  }
}
