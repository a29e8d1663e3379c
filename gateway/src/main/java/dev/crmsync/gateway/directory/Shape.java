package dev.crmsync.gateway.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The JSON type a field of a directory record must have. Fields may be missing or null; fields the shape does
 * not name are kept as they are. Problems name the field path and the types, never the value.
 */
@FunctionalInterface
interface Shape {
  Shape TEXT = scalar(JsonNode::isTextual, "a string");
  Shape WHOLE_NUMBER = scalar(JsonNode::isIntegralNumber, "a whole number");
  Shape FLAG = scalar(JsonNode::isBoolean, "true or false");
  Shape LOCATION = object(Map.of("city", TEXT, "state", TEXT, "country", TEXT, "postalCode", TEXT));

  Shape PERSON = object(Map.of(
      "firstName", TEXT,
      "lastName", TEXT,
      "headline", TEXT,
      "positions", arrayOf(object(Map.of("companyId", TEXT, "companyName", TEXT, "title", TEXT, "current", FLAG))),
      "emails", arrayOf(TEXT),
      "phones", arrayOf(TEXT),
      "location", LOCATION));

  Shape COMPANY = object(Map.of(
      "name", TEXT,
      "website", TEXT,
      "domains", arrayOf(TEXT),
      "industry", TEXT,
      "employeeCount", WHOLE_NUMBER,
      "location", LOCATION));

  /** Why the non-null {@code node} at {@code path} does not fit, or empty when it does. */
  Optional<String> problem(String path, JsonNode node);

  private static Shape scalar(Predicate<JsonNode> fits, String expected) {
    return (path, node) -> fits.test(node) ? Optional.empty() : mismatch(path, expected, node);
  }

  static Shape arrayOf(Shape element) {
    return (path, node) -> {
      if (!node.isArray()) {
        return mismatch(path, "an array", node);
      }
      for (int i = 0; i < node.size(); i++) {
        Optional<String> problem = element.problem(path + "[" + i + "]", node.get(i));
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    };
  }

  static Shape object(Map<String, Shape> fields) {
    return (path, node) -> {
      if (!node.isObject()) {
        return mismatch(path, "an object", node);
      }
      for (Map.Entry<String, Shape> field : fields.entrySet()) {
        JsonNode value = node.get(field.getKey());
        if (value != null && !value.isNull()) {
          Optional<String> problem = field.getValue().problem(qualified(path, field.getKey()), value);
          if (problem.isPresent()) {
            return problem;
          }
        }
      }
      return Optional.empty();
    };
  }

  private static String qualified(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static Optional<String> mismatch(String path, String expected, JsonNode node) {
    return Optional.of((path.isEmpty() ? "the line" : path) + ": expected " + expected + ", got " + typeOf(node));
  }

  /** The JSON type of a node, for messages: "string", "number", "array", "null"... */
  static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
