package dev.verbatim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --input html} and {@code --format html}. */
class HtmlCliTest {
  static final String ARTICLE = "<html><head><title>Bridge vote</title></head><body>"
      + "<p class=\"byline\">By Jo Lee</p>"
      + "<p>&ldquo;We <em>will</em> finish the bridge,&rdquo; said Ana&nbsp;Ruiz.</p>"
      + "<p>Tom Okafor replied: <q>Not with this budget.</q></p></body></html>";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void htmlInputReportsTextOffsetsAndSourceSpans() throws IOException {
    Path file = VerbatimCommandTest.write(dir.resolve("bridge.html"), ARTICLE);

    CliRun r = CliRun.run("--input", "html", "--format", "json", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = MAPPER.readTree(r.out());
    JsonNode first = doc.get("quotes").get(0);
    assertThat(first.get("text").asText()).isEqualTo("“We will finish the bridge,”");
    assertThat(first.get("spans").get(0).get(0).asInt()).isZero(); // the byline is dropped
    assertThat(source(first.get("source").get(0)))
        .isEqualTo("&ldquo;We <em>will</em> finish the bridge,&rdquo;");
    assertThat(source(first.get("speaker").get("source"))).isEqualTo("Ana&nbsp;Ruiz");
    assertThat(first.get("speaker").get("text").asText()).isEqualTo("Ana Ruiz");
    assertThat(source(first.get("cue").get("source"))).isEqualTo("said");
    JsonNode second = doc.get("quotes").get(1);
    assertThat(second.get("text").asText()).isEqualTo("“Not with this budget.”");
    assertThat(source(second.get("source").get(0))).isEqualTo("Not with this budget.");
  }

  @Test
  void textInputJsonHasNoSourceField() throws IOException {
    Path file = VerbatimCommandTest.write(dir.resolve("a.txt"), VerbatimCommandTest.BRIDGE);

    CliRun r = CliRun.run("--format", "json", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(MAPPER.readTree(r.out()).get("quotes").get(0).has("source")).isFalse();
  }

  @Test
  void htmlFormatForOneInputPrintsOnePage() throws IOException {
    Path file = VerbatimCommandTest.write(dir.resolve("bridge.html"), ARTICLE);

    CliRun r = CliRun.run("--input", "html", "--format", "html", file.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    assertThat(page.select("header h1").text()).isEqualTo("Bridge vote");
    assertThat(page.select("#article mark.q")).extracting(Element::id).containsExactly("q1", "q2");
  }

  @Test
  void htmlFormatForADirectoryWritesReportsAndAnIndex() throws IOException {
    Path in = dir.resolve("in");
    VerbatimCommandTest.write(in.resolve("a.txt"), VerbatimCommandTest.BRIDGE);
    VerbatimCommandTest.write(in.resolve("sub dir/b.txt"), VerbatimCommandTest.FERRY);
    Path out = dir.resolve("out");

    CliRun r = CliRun.run("--format", "html", "--output-dir", out.toString(), in.toString());

    assertThat(r.code()).as(r.err()).isZero();
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html"), UTF_8));
    List<String> titles = new ArrayList<>();
    for (Element a : index.select("table.articles a")) {
      Path report = Path.of(out.toUri().resolve(URI.create(a.attr("href"))));
      assertThat(report).exists();
      assertThat(Jsoup.parse(Files.readString(report, UTF_8)).select("#article mark.q")).isNotEmpty();
      titles.add(a.text());
    }
    assertThat(titles).containsExactly(in.resolve("a.txt").toString(),
        in.resolve("sub dir/b.txt").toString());
    assertThat(index.select("table.corpus-speakers")).hasSize(1);
  }

  @Test
  void htmlFormatForSeveralInputsNeedsAnOutputDir() throws IOException {
    Path a = VerbatimCommandTest.write(dir.resolve("a.txt"), VerbatimCommandTest.BRIDGE);
    Path b = VerbatimCommandTest.write(dir.resolve("b.txt"), VerbatimCommandTest.FERRY);

    CliRun r = CliRun.run("--format", "html", a.toString(), b.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format html writes one page per input")
        .contains("--output-dir DIR");
  }

  @Test
  void unknownInputKindIsAUsageError() {
    CliRun r = CliRun.run("--input", "pdf", "x");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'pdf' is not an input kind; use text or html");
  }

  private static String source(JsonNode range) {
    return ARTICLE.substring(range.get(0).asInt(), range.get(1).asInt());
  }
}
