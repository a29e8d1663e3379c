package dev.crmsync.gateway.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonFormatValidator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The {@code pattern} keywords of a schema, compiled once: {@link #replacePatterns} turns each into a format
 * naming its regular expression, which this format validator checks as JSON Schema says (a string matches when
 * the expression is found in it; other types pass).
 */
final class CompiledPatterns implements JsonFormatValidator {
  private static final String FORMAT_PREFIX = "crmsync-pattern:";

  /** Keywords whose values are instances, not schemas: a "pattern" in them is data. */
  private static final Set<String> INSTANCE_KEYWORDS = Set.of("const", "enum", "default", "example", "examples");

  private final Map<String, Pattern> compiled = new ConcurrentHashMap<>();

  /**
   * A copy of the schema whose patterns are formats of this validator; a schema with a format of its own keeps
   * its pattern.
   */
  JsonObject replacePatterns(JsonObject schema) {
    JsonObject copy = new JsonObject();
    schema.forEach(entry -> copy.put(entry.getKey(),
        INSTANCE_KEYWORDS.contains(entry.getKey()) ? entry.getValue() : replaceIn(entry.getValue())));
    if (copy.getValue("pattern") instanceof String regex && !copy.containsKey("format")) {
      copy.remove("pattern");
      copy.put("format", FORMAT_PREFIX + regex);
      compiled.computeIfAbsent(FORMAT_PREFIX + regex, format -> Pattern.compile(regex));
    }
    return copy;
  }

  private Object replaceIn(Object value) {
    if (value instanceof JsonObject object) {
      return replacePatterns(object);
    }
    if (value instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      array.forEach(item -> copy.add(replaceIn(item)));
      return copy;
    }
    return value;
  }

  @Override
  public String validateFormat(String instanceType, String format, Object instance) {
    if (format == null || !format.startsWith(FORMAT_PREFIX) || !(instance instanceof String text)) {
      return null;
    }
    return compiled.get(format).matcher(text).find() ? null
        : "String does not match pattern " + format.substring(FORMAT_PREFIX.length());
  }
}
