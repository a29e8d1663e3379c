package dev.crmsync.gateway.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns one line of a directory file into a {@link StagedRecord}, or rejects it with a reason. The canonical
 * form (keys sorted, null fields dropped, since missing and null mean the same) makes the content hash depend
 * on the content only, not on key order or spacing. Not thread-safe: one per importing thread.
 */
final class RecordParser {
  /** Private contact points: stored apart from the profile, for matching only. */
  private static final List<String> CONTACT_FIELDS = List.of("emails", "phones");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final MessageDigest sha256;

  RecordParser() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  StagedRecord parse(DirectoryKind kind, String line, long lineNumber) throws RejectedLine {
    JsonNode node = readObject(line);
    String id = id(node);
    Optional<String> problem = kind.shape().problem("", node);
    if (problem.isPresent()) {
      throw new RejectedLine(problem.get());
    }
    ObjectNode profile = (ObjectNode) canonical(node);
    ObjectNode contactPoints = NODES.objectNode();
    for (String field : CONTACT_FIELDS) {
      JsonNode value = profile.remove(field);
      if (value != null) {
        contactPoints.set(field, value);
      }
    }
    String profileJson = write(profile);
    String contactJson = write(contactPoints);
    return new StagedRecord(id, profileJson, contactJson, hash(profileJson, contactJson), lineNumber);
  }

  /** A line of deleted.jsonl: an object with a string id. */
  String deletedId(String line) throws RejectedLine {
    return id(readObject(line));
  }

  private JsonNode readObject(String line) throws RejectedLine {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      // the parser's own message quotes the offending text, which may be private: only the column is kept
      throw new RejectedLine(e.getLocation() == null
          ? "invalid JSON" : "invalid JSON at column " + e.getLocation().getColumnNr());
    }
    if (!node.isObject()) {
      throw new RejectedLine("expected a JSON object, got " + Shape.typeOf(node));
    }
    return node;
  }

  private static String id(JsonNode node) throws RejectedLine {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new RejectedLine("missing id");
    }
    if (!id.isTextual()) {
      throw new RejectedLine("id: expected a string, got " + Shape.typeOf(id));
    }
    if (id.textValue().isBlank()) {
      throw new RejectedLine("id: must not be blank");
    }
    return id.textValue();
  }

  private static JsonNode canonical(JsonNode node) throws RejectedLine {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (!property.getValue().isNull()) {
          sorted.put(requireStorable(property.getKey()), property.getValue());
        }
      }
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> property : sorted.entrySet()) {
        out.set(property.getKey(), canonical(property.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode(node.size());
      for (JsonNode element : node) {
        out.add(canonical(element));
      }
      return out;
    }
    if (node.isTextual()) {
      requireStorable(node.textValue());
    }
    return node;
  }

  /** PostgreSQL's jsonb cannot hold U+0000; one such line must not fail the whole batch. */
  private static String requireStorable(String text) throws RejectedLine {
    if (text.indexOf('\0') >= 0) {
      throw new RejectedLine("contains a NUL character (\\u0000), which cannot be stored");
    }
    return text;
  }

  private String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree read from JSON writes back as JSON", e);
    }
  }

  private byte[] hash(String profile, String contactPoints) {
    sha256.update(profile.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(contactPoints.getBytes(StandardCharsets.UTF_8));
    return sha256.digest();
  }
}
