package dev.verbatim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts a benchmark runs on, with the gold direct quotes used to check the engine's output:
 * {@code generated} (the {@link NewsCorpus}), a gold {@code .jsonl} file in the evaluation format, or a
 * directory of {@code .txt} files (no gold). Immutable once loaded.
 */
final class Corpus {
  /** One text; {@code direct} holds the content pieces of each gold direct relation (may be empty). */
  record Doc(String id, String text, List<int[][]> direct, int relations) {}

  final String name;
  final List<Doc> docs;
  final long chars;

  private Corpus(String name, List<Doc> docs) {
    this.name = name;
    this.docs = List.copyOf(docs);
    this.chars = docs.stream().mapToLong(d -> d.text().length()).sum();
  }

  /** A corpus of one document. */
  static Corpus of(String name, Doc doc) {
    return new Corpus(name, List.of(doc));
  }

  String[] texts() {
    return docs.stream().map(Doc::text).toArray(String[]::new);
  }

  /** Loads {@code spec}: {@code generated}, a {@code .jsonl} gold file, or a directory of .txt. */
  static Corpus load(String spec) {
    if (spec.equals("generated")) {
      List<Doc> docs = new ArrayList<>();
      for (NewsCorpus.Article a : NewsCorpus.standard()) {
        docs.add(fromArticle(a.id(), a.text(), a.relations(), 0, a.text().length()));
      }
      return new Corpus(spec, docs);
    }
    Path path = Path.of(spec);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("corpus " + spec + " does not exist; pass 'generated', a "
          + "gold .jsonl file or a directory of .txt files");
    }
    try {
      return Files.isDirectory(path) ? new Corpus(spec, readDirectory(path))
          : new Corpus(spec, readGold(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + spec, e);
    }
  }

  /**
   * One document of about {@code size} chars: generated articles joined by blank lines, cut at the last
   * paragraph break at or before {@code size}. Gold is kept for the relations wholly before the cut.
   */
  static Doc concatenated(int size) {
    StringBuilder sb = new StringBuilder(size + 8192);
    List<GoldText.Relation> rels = new ArrayList<>();
    int needed = size / 2000 + 2; // articles are longer than 2 KB
    for (NewsCorpus.Article a : NewsCorpus.generate(NewsCorpus.SEED, needed)) {
      if (sb.length() > size) {
        break;
      }
      int base = sb.length();
      for (GoldText.Relation r : a.relations()) {
        rels.add(shift(r, base));
      }
      sb.append(a.text()).append('\n');
    }
    int cut = sb.lastIndexOf("\n\n", size);
    String text = sb.substring(0, cut > 0 ? cut : Math.min(size, sb.length()));
    return fromArticle("concatenated-" + size, text, rels, 0, text.length());
  }

  private static GoldText.Relation shift(GoldText.Relation r, int by) {
    List<int[]> content = r.content().stream().map(c -> new int[] {c[0] + by, c[1] + by}).toList();
    return new GoldText.Relation(r.form(), content, r.cue(), r.source());
  }

  private static Doc fromArticle(String id, String text, List<GoldText.Relation> rels, int from,
      int to) {
    List<int[][]> direct = new ArrayList<>();
    int count = 0;
    for (GoldText.Relation r : rels) {
      int last = r.content().get(r.content().size() - 1)[1];
      if (r.content().get(0)[0] < from || last > to) {
        continue;
      }
      count++;
      if (r.form().equals("direct")) {
        direct.add(r.content().toArray(new int[0][]));
      }
    }
    return new Doc(id, text, direct, count);
  }

  private static List<Doc> readGold(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = json.readTree(line);
        List<int[][]> direct = new ArrayList<>();
        JsonNode rels = o.path("attributions");
        for (JsonNode rel : rels) {
          if (rel.path("form").asText().equals("direct")) {
            List<int[]> pieces = new ArrayList<>();
            for (JsonNode c : rel.path("content")) {
              pieces.add(new int[] {c.get(0).asInt(), c.get(1).asInt()});
            }
            direct.add(pieces.toArray(new int[0][]));
          }
        }
        docs.add(new Doc(o.path("id").asText(), o.path("text").asText(), direct, rels.size()));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no documents");
    }
    return docs;
  }

  private static List<Doc> readDirectory(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(new Doc(p.getFileName().toString(), Files.readString(p), List.of(), 0));
      }
    }
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(dir + " holds no .txt files");
    }
    return docs;
  }
}
