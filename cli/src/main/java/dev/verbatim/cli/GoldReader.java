package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a gold JSON Lines file. Documents are keyed by id in first-seen order, a repeated id taking the
 * later line's content, as the reference scorer's dict does. Stateless; a mapper is made per call.
 */
final class GoldReader {
  private GoldReader() {}

  /** Why the gold file cannot be used; the message names the line when it is about one. */
  static final class BadGold extends Exception {
    BadGold(String message) {
      super(message, null, false, false);
    }
  }

  static Map<String, GoldDocument> read(Path path) throws BadGold {
    if (Files.isDirectory(path)) {
      throw new BadGold("is a directory; eval needs a gold JSON Lines file");
    }
    ObjectMapper mapper = new ObjectMapper();
    Map<String, GoldDocument> docs = new LinkedHashMap<>();
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(
        new java.io.InputStreamReader(Files.newInputStream(path), decoder))) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        GoldDocument d = parse(mapper, line, lineNo);
        docs.put(d.id(), d);
      }
    } catch (CharacterCodingException e) {
      throw new BadGold("invalid UTF-8, expected a UTF-8 JSON Lines file");
    } catch (IOException e) {
      throw new BadGold(Inputs.describe(e));
    }
    if (docs.isEmpty()) {
      throw new BadGold("no documents in the file; expected one JSON object per line");
    }
    return docs;
  }

  private static GoldDocument parse(ObjectMapper mapper, String line, int lineNo) throws BadGold {
    JsonNode d;
    try {
      d = mapper.readTree(line);
    } catch (IOException e) {
      throw new BadGold("line " + lineNo + ": not valid JSON ("
          + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    String where = "line " + lineNo + ": ";
    if (!d.isObject() || !d.path("id").isValueNode() || !d.path("text").isTextual()
        || !d.path("attributions").isArray()) {
      throw new BadGold(where + "expected an object with \"id\", \"text\" and \"attributions\"");
    }
    List<GoldDocument.Relation> relations = new ArrayList<>();
    int k = 0;
    for (JsonNode a : d.get("attributions")) {
      String at = where + "attribution " + k++ + ": ";
      if (!a.path("form").isTextual()) {
        throw new BadGold(at + "missing \"form\"");
      }
      List<String> names = null;
      JsonNode sp = a.path("speaker");
      if (sp.isArray()) {
        names = new ArrayList<>();
        for (JsonNode n : sp) {
          names.add(n.asText());
        }
      } else if (sp.isTextual()) {
        names = List.of(sp.asText());
      }
      JsonNode type = a.path("quote_type");
      relations.add(new GoldDocument.Relation(spans(a, "content", at, true),
          spans(a, "source", at, false), a.get("form").asText(), names,
          type.isTextual() ? type.asText() : null));
    }
    return new GoldDocument(d.get("id").asText(), d.get("text").asText(), relations);
  }

  private static List<CpSpan> spans(JsonNode a, String field, String at, boolean required)
      throws BadGold {
    JsonNode list = a.path(field);
    if (list.isMissingNode() || list.isNull()) {
      if (required) {
        throw new BadGold(at + "missing \"" + field + "\"");
      }
      return List.of();
    }
    List<CpSpan> out = new ArrayList<>();
    for (JsonNode s : list) {
      if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()
          || s.get(0).asInt() < 0) {
        throw new BadGold(at + "\"" + field + "\" must be a list of [start, end] code-point "
            + "offsets, was " + list);
      }
      out.add(new CpSpan(s.get(0).asInt(), s.get(1).asInt()));
    }
    return out;
  }
}
