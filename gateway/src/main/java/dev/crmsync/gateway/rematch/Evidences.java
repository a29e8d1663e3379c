package dev.crmsync.gateway.rematch;

import dev.crmsync.api.Evidence;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the matcher's stored explanation into per-field evidence. It accepts a list of field comparisons under
 * {@code fields} (or {@code comparisons}), each {@code {"field", "level", "weight"}}, or an object keyed by field
 * whose values are such comparisons, levels or weights; totals and thresholds are not fields and are skipped.
 */
final class Evidences {
  private static final Set<String> NOT_FIELDS = Set.of("score", "total", "threshold", "model", "decision", "prior");

  private Evidences() {
  }

  static List<Evidence> of(Object explanation) {
    if (explanation instanceof JsonArray array) {
      return fromList(array);
    }
    if (!(explanation instanceof JsonObject object)) {
      return List.of();
    }
    Object list = object.getValue("fields", object.getValue("comparisons"));
    if (list instanceof JsonArray array) {
      return fromList(array);
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Map.Entry<String, Object> entry : object) {
      if (!NOT_FIELDS.contains(entry.getKey())) {
        evidence.add(fromEntry(entry.getKey(), entry.getValue()));
      }
    }
    return evidence;
  }

  private static List<Evidence> fromList(JsonArray array) {
    List<Evidence> evidence = new ArrayList<>();
    for (Object item : array) {
      if (item instanceof JsonObject comparison) {
        String field = comparison.getString("field", comparison.getString("name"));
        if (field != null) {
          evidence.add(fromEntry(field, comparison));
        }
      }
    }
    return evidence;
  }

  private static Evidence fromEntry(String field, Object value) {
    if (value instanceof JsonObject comparison) {
      Object level = comparison.getValue("level", comparison.getValue("agreement", comparison.getValue("outcome")));
      Object weight = comparison.getValue("weight", comparison.getValue("contribution"));
      return new Evidence(field, level == null ? null : level.toString(),
          weight instanceof Number number ? number.doubleValue() : null);
    }
    if (value instanceof Number number) {
      return new Evidence(field, null, number.doubleValue());
    }
    return new Evidence(field, value == null ? null : value.toString(), null);
  }
}
