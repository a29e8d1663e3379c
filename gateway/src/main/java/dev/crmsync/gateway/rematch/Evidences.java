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
 * {@code contributions} (the matcher's form), {@code fields} or {@code comparisons}, each
 * {@code {"field", "level", "weight"}}, or an object keyed by field whose values are such comparisons, levels or
 * weights; totals, thresholds, the runner-up and notes are not fields and are skipped. A comparison that added
 * nothing because a side was empty or a finer field already counted says nothing to a reader and is left out.
 */
final class Evidences {
  private static final Set<String> NOT_FIELDS = Set.of("score", "total", "threshold", "thresholds", "model",
      "decision", "prior", "runnerUp", "notes");
  private static final Set<String> SILENT_LEVELS = Set.of("MISSING", "IMPLIED");
  /** The matcher's field names, in the words of a CRM page. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("GIVEN", "First name"), Map.entry("FAMILY", "Last name"), Map.entry("EMAIL", "Email"),
      Map.entry("PHONE", "Phone"), Map.entry("COMPANY", "Company"), Map.entry("DOMAIN", "Website"),
      Map.entry("TITLE", "Title"), Map.entry("STREET", "Street"), Map.entry("CITY", "City"),
      Map.entry("POSTAL_CODE", "Postal code"), Map.entry("STATE", "State"), Map.entry("COUNTRY", "Country"));

  private Evidences() {
  }

  static List<Evidence> of(Object explanation) {
    if (explanation instanceof JsonArray array) {
      return fromList(array);
    }
    if (!(explanation instanceof JsonObject object)) {
      return List.of();
    }
    Object list = object.getValue("contributions", object.getValue("fields", object.getValue("comparisons")));
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
        if (field != null && !silent(comparison)) {
          evidence.add(fromEntry(LABELS.getOrDefault(field, field), comparison));
        }
      }
    }
    return evidence;
  }

  private static boolean silent(JsonObject comparison) {
    Object weight = comparison.getValue("weight");
    return SILENT_LEVELS.contains(String.valueOf(comparison.getValue("level")))
        && (!(weight instanceof Number number) || number.doubleValue() == 0);
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
