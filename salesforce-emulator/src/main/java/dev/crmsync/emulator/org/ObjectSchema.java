package dev.crmsync.emulator.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One object (sObject type) of an org: its name, key prefix and fields. Fields can be added at run time (custom
 * fields, or extra columns of an export); field names are case-insensitive like in the real API. Reads are
 * lock-free over an immutable snapshot that an addition replaces, since every record written looks fields up.
 */
public final class ObjectSchema {
  private final String name;
  private final String keyPrefix;
  private final boolean hardDeletes;
  private final Map<String, List<String>> compoundFields;
  private volatile Snapshot snapshot = new Snapshot(List.of(), Map.of(), Map.of());

  /** The fields, and their columns by exact and by lower-case name. */
  private record Snapshot(List<Field> fields, Map<String, Integer> byName, Map<String, Integer> byLowerName) {
  }

  ObjectSchema(String name, String keyPrefix, boolean hardDeletes, List<Field> fields,
               Map<String, List<String>> compoundFields) {
    this.name = Objects.requireNonNull(name, "name");
    this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    this.hardDeletes = hardDeletes;
    this.compoundFields = Map.copyOf(compoundFields);
    fields.forEach(this::add);
  }

  public String name() {
    return name;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  /** Whether deletes skip the recycle bin (AccountTeamMember), so queryAll never shows them. */
  public boolean hardDeletes() {
    return hardDeletes;
  }

  public List<Field> fields() {
    return snapshot.fields();
  }

  public Optional<Field> field(String fieldName) {
    int column = column(fieldName);
    return column < 0 ? Optional.empty() : Optional.of(snapshot.fields().get(column));
  }

  /** The column a field's values are stored in, or -1. */
  public int column(String fieldName) {
    Snapshot current = snapshot;
    Integer exact = current.byName().get(fieldName);
    if (exact != null) {
      return exact;
    }
    return current.byLowerName().getOrDefault(fieldName.toLowerCase(Locale.ROOT), -1);
  }

  public int fieldCount() {
    return snapshot.fields().size();
  }

  /** The compound (address) field with this name and its component fields, e.g. BillingAddress. */
  public Optional<Map.Entry<String, List<String>>> compound(String fieldName) {
    return compoundFields.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(fieldName))
        .findFirst();
  }

  public Map<String, List<String>> compoundFields() {
    return Collections.unmodifiableMap(compoundFields);
  }

  public boolean hasField(String fieldName) {
    return column(fieldName) >= 0;
  }

  /** Adds a field unless one of that name exists; returns its column. */
  public synchronized int add(Field field) {
    int existing = column(field.name());
    if (existing >= 0) {
      return existing;
    }
    Snapshot current = snapshot;
    List<Field> fields = new ArrayList<>(current.fields());
    fields.add(field);
    Map<String, Integer> byName = new HashMap<>(current.byName());
    byName.put(field.name(), fields.size() - 1);
    Map<String, Integer> byLowerName = new HashMap<>(current.byLowerName());
    byLowerName.put(field.name().toLowerCase(Locale.ROOT), fields.size() - 1);
    snapshot = new Snapshot(List.copyOf(fields), Map.copyOf(byName), Map.copyOf(byLowerName));
    return fields.size() - 1;
  }
}
