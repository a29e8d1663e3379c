package dev.crmsync.emulator.soql;

import dev.crmsync.emulator.org.Field;
import dev.crmsync.emulator.org.FieldType;
import java.util.List;

/**
 * A selected or filtered field path bound to an object: a field of the record itself, a field of a parent
 * ({@code Account.Name}), or a compound address field whose value is its components.
 */
public sealed interface Column permits Columns.Direct, Columns.Parent, Columns.Compound {
  /** The path in its canonical case, e.g. {@code Account.Name}; the CSV header and JSON key. */
  String path();

  /** The field at the end of the path. */
  Field field();

  /** The stored value for a record, or null. Hold the org's read lock. */
  String value(String[] row);

  default FieldType type() {
    return field().type();
  }

  /** The path split at dots: the relationship (if any) and the field. */
  default List<String> segments() {
    return List.of(path().split("\\."));
  }
}
