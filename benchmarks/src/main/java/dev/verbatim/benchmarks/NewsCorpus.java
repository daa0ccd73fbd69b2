package dev.verbatim.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generated news corpus: {@link #ARTICLES} invented articles from a fixed seed, so every run and
 * every machine benchmarks the same text. The same articles are committed under
 * {@code src/main/resources/dev/verbatim/benchmarks/news/} (a test keeps them in step); regenerate them
 * with {@code java -cp target/benchmarks.jar dev.verbatim.benchmarks.NewsCorpus DIR}. Thread-safe.
 */
public final class NewsCorpus {
  public static final long SEED = 20261128L;
  public static final int ARTICLES = 48;

  private NewsCorpus() {}

  /** One generated article and its gold relations. */
  record Article(String id, String text, List<GoldText.Relation> relations) {}

  /** The articles for {@code seed}; the same seed always gives the same articles. */
  static List<Article> generate(long seed, int count) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      GoldText g = new ArticleWriter(r).write();
      out.add(new Article(String.format("news-%03d", i), g.text(), g.relations()));
    }
    return out;
  }

  static List<Article> standard() {
    return generate(SEED, ARTICLES);
  }

  /** One gold line in the evaluation corpus's JSON Lines format. */
  static String goldLine(ObjectMapper json, Article a) {
    ObjectNode doc = json.createObjectNode();
    doc.put("id", a.id());
    doc.put("text", a.text());
    ArrayNode rels = doc.putArray("attributions");
    for (GoldText.Relation rel : a.relations()) {
      ObjectNode o = rels.addObject();
      ArrayNode content = o.putArray("content");
      rel.content().forEach(c -> content.addArray().add(c[0]).add(c[1]));
      ArrayNode cue = o.putArray("cue");
      if (rel.cue() != null) {
        cue.addArray().add(rel.cue()[0]).add(rel.cue()[1]);
      }
      ArrayNode source = o.putArray("source");
      if (rel.source() != null) {
        source.addArray().add(rel.source()[0]).add(rel.source()[1]);
      }
      o.put("form", rel.form());
    }
    try {
      return json.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code DIR/news-NNN.txt} and {@code DIR/news-gold.jsonl}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NewsCorpus OUTPUT_DIR   (writes news-NNN.txt and news-gold.jsonl)");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    ObjectMapper json = new ObjectMapper();
    try (Writer gold = Files.newBufferedWriter(dir.resolve("news-gold.jsonl"),
        StandardCharsets.UTF_8)) {
      for (Article a : standard()) {
        Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
        gold.write(goldLine(json, a));
        gold.write('\n');
      }
    }
  }
}
