package dev.crmsync.emulator.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One object (sObject type) of an org: its name, key prefix and fields. Fields can be added at run time (custom
 * fields, or extra columns of an export); field names are case-insensitive like in the real API.
 */
public final class ObjectSchema {
  private final String name;
  private final String keyPrefix;
  private final boolean hardDeletes;
  private final List<Field> fields = new ArrayList<>();
  private final Map<String, Integer> indexByLowerName = new LinkedHashMap<>();
  private final Map<String, List<String>> compoundFields;

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

  public synchronized List<Field> fields() {
    return List.copyOf(fields);
  }

  public synchronized Optional<Field> field(String fieldName) {
    Integer at = indexByLowerName.get(fieldName.toLowerCase(Locale.ROOT));
    return at == null ? Optional.empty() : Optional.of(fields.get(at));
  }

  /** The column a field's values are stored in, or -1. */
  public synchronized int column(String fieldName) {
    return indexByLowerName.getOrDefault(fieldName.toLowerCase(Locale.ROOT), -1);
  }

  public synchronized int fieldCount() {
    return fields.size();
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
    String key = field.name().toLowerCase(Locale.ROOT);
    Integer existing = indexByLowerName.get(key);
    if (existing != null) {
      return existing;
    }
    fields.add(field);
    indexByLowerName.put(key, fields.size() - 1);
    return fields.size() - 1;
  }
}
