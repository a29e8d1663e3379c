package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.FieldType;
import dev.crmsync.emulator.org.Values;
import dev.crmsync.emulator.soql.Column;
import dev.crmsync.emulator.soql.Columns;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Records as the REST API writes them: {@code attributes} first, then the fields in the order asked, typed
 * (numbers, booleans, {@code +0000} datetimes), parents as nested objects and addresses as compound objects.
 */
public final class RecordJson {
  private static final List<String> ADDRESS_KEYS = List.of("street", "city", "state", "postalCode", "country");

  private RecordJson() {
  }

  public static JsonObject of(String base, String object, List<Column> columns, String[] row, String id) {
    JsonObject json = attributes(base, object, id);
    for (Column column : columns) {
      switch (column) {
        case Columns.Parent parent -> parent(base, json, parent, row);
        case Columns.Compound compound -> json.put(compound.path(), address(compound, row));
        default -> json.put(column.path(), value(column.type(), column.value(row)));
      }
    }
    return json;
  }

  private static JsonObject attributes(String base, String object, String id) {
    return new JsonObject().put("attributes", new JsonObject().put("type", object)
        .put("url", base + "/sobjects/" + object + "/" + id));
  }

  private static void parent(String base, JsonObject json, Columns.Parent column,
                             String[] row) {
    String relationship = column.segments().getFirst();
    String parentId = column.parentId(row);
    String parentObject = column.parentObject(row).orElse(null);
    if (parentId == null || parentObject == null) {
      json.putNull(relationship);
      return;
    }
    JsonObject nested = json.getJsonObject(relationship);
    if (nested == null) {
      nested = attributes(base, parentObject, parentId);
      json.put(relationship, nested);
    }
    nested.put(column.segments().get(1), value(column.type(), column.value(row)));
  }

  private static JsonObject address(Columns.Compound compound, String[] row) {
    JsonObject address = new JsonObject();
    boolean any = false;
    for (int i = 0; i < compound.parts().size(); i++) {
      String part = compound.parts().get(i).value(row);
      any |= part != null;
      address.put(ADDRESS_KEYS.get(i), part);
    }
    return any ? address : null;
  }

  /** The JSON value of a stored value. */
  public static Object value(FieldType type, String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return switch (type) {
        case BOOLEAN -> Boolean.valueOf(stored);
        case INT -> Long.valueOf(stored);
        case DOUBLE, CURRENCY -> Double.valueOf(stored);
        case DATETIME -> Values.restDateTime(stored);
        default -> stored;
      };
    } catch (NumberFormatException e) {
      return stored;
    }
  }
}
