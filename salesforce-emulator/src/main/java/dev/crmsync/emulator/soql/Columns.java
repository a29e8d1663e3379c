package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.org.Field;
import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds of {@link Column}, and how field paths of a query bind to an object's columns. */
public final class Columns {
  private Columns() {
  }

  /** A field of the record itself. */
  public record Direct(String path, Field field, int column) implements Column {
    @Override
    public String value(String[] row) {
      return Table.value(row, column);
    }
  }

  /**
   * A field of the parent a reference field points at; polymorphic references resolve the parent's object from
   * its id's key prefix.
   */
  public record Parent(String path, Field field, Org org, int referenceColumn, Map<String, Integer> columnByPrefix)
      implements Column {
    @Override
    public String value(String[] row) {
      String parentId = Table.value(row, referenceColumn);
      if (parentId == null) {
        return null;
      }
      Integer column = columnByPrefix.get(parentId.substring(0, 3));
      String[] parent = column == null ? null : org.find(parentId);
      return parent == null ? null : Table.value(parent, column);
    }

    /** The parent's object for a record, for JSON attributes. */
    public Optional<String> parentObject(String[] row) {
      String parentId = Table.value(row, referenceColumn);
      return parentId == null ? Optional.empty() : org.tableOf(parentId).map(t -> t.schema().name());
    }

    public String parentId(String[] row) {
      return Table.value(row, referenceColumn);
    }
  }

  /** A compound address field; its value is null, its parts carry the data. */
  public record Compound(String path, Field field, List<Direct> parts) implements Column {
    @Override
    public String value(String[] row) {
      return null;
    }
  }

  static Column bind(Org org, ObjectSchema schema, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      Field field = schema.field(path).orElseThrow(() -> noSuchColumn(schema, path));
      return schema.compound(field.name())
          .<Column>map(c -> new Compound(field.name(), field, c.getValue().stream()
              .map(part -> (Direct) bind(org, schema, part)).toList()))
          .orElseGet(() -> new Direct(field.name(), field, schema.column(field.name())));
    }
    if (path.indexOf('.', dot + 1) >= 0) {
      throw SoqlException.invalidField("only one level of parent relationship is supported: " + path);
    }
    String relationship = path.substring(0, dot);
    String fieldName = path.substring(dot + 1);
    Field reference = schema.fields().stream()
        .filter(f -> relationship.equalsIgnoreCase(f.relationshipName()))
        .findFirst()
        .orElseThrow(() -> SoqlException.invalidField("Didn't understand relationship '" + relationship
            + "' in field path. If you are attempting to use a custom relationship, be sure to append the '__r'"
            + " after the custom relationship name."));
    Map<String, Integer> columnByPrefix = new HashMap<>();
    Field target = null;
    for (String object : reference.referenceTo()) {
      ObjectSchema parent = org.table(object).orElseThrow().schema();
      Optional<Field> field = parent.field(fieldName);
      if (field.isPresent() && parent.compound(fieldName).isEmpty()) {
        columnByPrefix.put(parent.keyPrefix(), parent.column(fieldName));
        target = target == null ? field.get() : target;
      }
    }
    if (target == null) {
      throw noSuchColumn(schema, path);
    }
    return new Parent(reference.relationshipName() + "." + target.name(), target, org,
        schema.column(reference.name()), Map.copyOf(columnByPrefix));
  }

  private static SoqlException noSuchColumn(ObjectSchema schema, String path) {
    return SoqlException.invalidField("No such column '" + path + "' on entity '" + schema.name() + "'. If you are"
        + " attempting to use a custom field, be sure to append the '__c' after the custom field name.");
  }
}
