package dev.crmsync.gateway.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.DatabindCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A request body schema of the simplest shape: an object whose only properties, all optional, are arrays of at
 * most so many strings matching a pattern, as the id lists of badges and in-CRM are. Such a body is read in one
 * pass of Jackson's streaming parser, checking each string as it comes, which costs a third of building a tree and
 * walking it with the general validator. The pass only accepts what the schema accepts; whatever it does not
 * accept goes to the general validator, which says what is wrong.
 */
final class StringListsBody {
  private static final JsonFactory JSON = DatabindCodec.mapper().getFactory();
  private static final Set<String> ANNOTATIONS = Set.of("description", "examples", "title");

  private final Map<String, Items> properties;

  /** The most items of one array property, and the pattern each must match. */
  private record Items(int max, Predicate<String> pattern) {
  }

  private StringListsBody(Map<String, Items> properties) {
    this.properties = properties;
  }

  /** The reader of bodies of this schema (with every {@code $ref} resolved), if it has the shape. */
  static Optional<StringListsBody> of(JsonObject resolved) {
    // the resolver's objects hold values of its own types; their JSON holds plain ones
    JsonObject schema = new JsonObject(resolved.encode());
    if (!"object".equals(schema.getValue("type")) || !Boolean.FALSE.equals(schema.getValue("additionalProperties"))
        || !only(schema, "type", "additionalProperties", "properties") || !(schema.getValue("properties")
        instanceof JsonObject declared)) {
      return Optional.empty();
    }
    Map<String, Items> properties = new HashMap<>();
    for (String name : declared.fieldNames()) {
      Optional<Items> items = items(declared.getValue(name));
      if (items.isEmpty()) {
        return Optional.empty();
      }
      properties.put(name, items.get());
    }
    return Optional.of(new StringListsBody(properties));
  }

  private static Optional<Items> items(Object property) {
    if (!(property instanceof JsonObject array) || !"array".equals(array.getValue("type"))
        || !only(array, "type", "maxItems", "items") || !(array.getValue("maxItems") instanceof Number max)
        || !(array.getValue("items") instanceof JsonObject item) || !"string".equals(item.getValue("type"))
        || !only(item, "type", "pattern") || !(item.getValue("pattern") instanceof String pattern)) {
      return Optional.empty();
    }
    return Optional.of(new Items(max.intValue(), PatternCheck.of(pattern)));
  }

  /** Whether the schema has no keywords but these and annotations. */
  private static boolean only(JsonObject schema, String... keywords) {
    Set<String> allowed = Set.of(keywords);
    return schema.fieldNames().stream().allMatch(name -> allowed.contains(name) || ANNOTATIONS.contains(name));
  }

  /** The body's lists, or null when this pass does not accept it. */
  ValidBody.StringLists read(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, List<String>> lists = new HashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        Items items = properties.get(name);
        if (items == null || lists.containsKey(name) || parser.nextToken() != JsonToken.START_ARRAY) {
          return null;
        }
        List<String> list = readArray(parser, items);
        if (list == null) {
          return null;
        }
        lists.put(name, list);
      }
      return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
          ? new ValidBody.StringLists(lists) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The strings of the array that starts here, or null when one does not fit. */
  private static List<String> readArray(JsonParser parser, Items items) throws IOException {
    List<String> list = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      String value = parser.getText();
      if (list.size() == items.max() || !items.pattern().test(value)) {
        return null;
      }
      list.add(value);
    }
    return parser.currentToken() == JsonToken.END_ARRAY ? list : null;
  }
}
