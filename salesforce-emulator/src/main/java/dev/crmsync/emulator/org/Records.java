package dev.crmsync.emulator.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Record reads and writes as a user makes them through the API: field checks, read-only and required fields,
 * references, visibility, converted-lead protection, derived fields, the recycle bin and the system stamps.
 */
public final class Records {
  private final Org org;

  public Records(Org org) {
    this.org = org;
  }

  /** A visible, not deleted record. */
  public String[] retrieve(Caller caller, String object, String id) {
    return org.read(() -> {
      Table table = table(object);
      String[] row = existing(table, id);
      if (table.isDeleted(row) || !Sharing.of(org, caller).canRead(table, row)) {
        throw RecordException.notFound();
      }
      return row;
    });
  }

  /** Creates a record; returns its id. */
  public String create(Caller caller, String object, Map<String, Object> values) {
    return org.write(() -> insert(caller, table(object), values));
  }

  /** Updates the given fields (a null value clears a field). */
  public void update(Caller caller, String object, String id, Map<String, Object> values,
                     Optional<Instant> ifUnmodifiedSince) {
    org.write(() -> {
      Table table = table(object);
      String[] row = editable(caller, table, id);
      ObjectSchema schema = table.schema();
      if (ifUnmodifiedSince.isPresent()) {
        Instant modified = Values.parseDateTime(row[schema.column("LastModifiedDate")]).orElseThrow();
        if (modified.isAfter(ifUnmodifiedSince.get().plusMillis(999))) {
          throw new RecordException(412, SaveError.of("PRECONDITION_FAILED",
              "The requested resource has been modified since " + ifUnmodifiedSince.get()));
        }
      }
      if ("true".equals(Table.value(row, schema.column("IsConverted")))) {
        throw RecordException.badRequest("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead");
      }
      String[] updated = java.util.Arrays.copyOf(row, schema.fieldCount());
      assign(caller, table, updated, values, false);
      derive(table, updated);
      stamp(caller, schema, updated, false);
      table.put(updated);
      return null;
    });
  }

  /**
   * The outcome of an upsert.
   *
   * @param ids the record written, or every record that matched when several did (nothing was written)
   * @param created whether the record was created
   */
  public record Upsert(List<String> ids, boolean created) {
    public Upsert {
      ids = List.copyOf(ids);
    }
  }

  /**
   * Creates or updates the record whose {@code field} (Id or a custom field) equals {@code value}: one match is
   * updated, none creates a record with that value, several change nothing and are listed.
   */
  public Upsert upsert(Caller caller, String object, String field, String value, Map<String, Object> values) {
    return org.write(() -> {
      Table table = table(object);
      ObjectSchema schema = table.schema();
      Field key = schema.field(field).filter(f -> f.name().equals("Id") || f.isCustom())
          .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND",
              "Provided external ID field does not exist or is not accessible: " + field)));
      int column = schema.column(key.name());
      String wanted = key.name().equals("Id") ? SalesforceIds.canonical(value).orElse(value) : value;
      List<String> matches = new ArrayList<>();
      table.forEach(row -> {
        if (!table.isDeleted(row) && wanted.equals(Table.value(row, column))) {
          matches.add(row[schema.column("Id")]);
        }
      });
      if (matches.size() > 1) {
        return new Upsert(matches, false);
      }
      Map<String, Object> fields = new LinkedHashMap<>(values);
      fields.keySet().removeIf(name -> name.equalsIgnoreCase(key.name()));
      if (matches.isEmpty()) {
        if (!key.name().equals("Id")) {
          fields.put(key.name(), value);
        }
        return new Upsert(List.of(insert(caller, table, fields)), true);
      }
      update(caller, object, matches.getFirst(), fields, Optional.empty());
      return new Upsert(matches, false);
    });
  }

  /** Deletes a record: to the recycle bin, or for good for objects that skip it. */
  public void delete(Caller caller, String object, String id) {
    org.write(() -> {
      Table table = table(object);
      String[] row = editable(caller, table, id);
      ObjectSchema schema = table.schema();
      if (schema.hardDeletes()) {
        table.purge(row[schema.column("Id")], org.stamp());
        return null;
      }
      String[] deleted = row.clone();
      deleted[schema.column("IsDeleted")] = "true";
      stamp(caller, schema, deleted, false);
      table.put(deleted);
      return null;
    });
  }

  /**
   * The outcome of one write of a batch.
   *
   * @param id the record's id, or null when a create failed
   * @param errors why it failed; empty on success
   */
  public record SaveResult(String id, List<SaveError> errors) {
    public SaveResult {
      errors = List.copyOf(errors);
    }

    public boolean success() {
      return errors.isEmpty();
    }
  }

  /**
   * Runs writes in order, each reporting its own outcome; with {@code allOrNone}, one failure takes back them all
   * and the others report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}.
   *
   * @param writes each returns the id of the record it wrote, or throws {@link RecordException}
   * @param ids the id each write concerns when known beforehand (updates, deletes), else null
   */
  public List<SaveResult> batch(List<java.util.function.Supplier<String>> writes, List<String> ids,
                                boolean allOrNone) {
    List<SaveResult> results = org.atomically(() -> {
      List<SaveResult> outcome = new ArrayList<>();
      for (int i = 0; i < writes.size(); i++) {
        try {
          outcome.add(new SaveResult(writes.get(i).get(), List.of()));
        } catch (RecordException e) {
          outcome.add(new SaveResult(ids.get(i), e.errors()));
        }
      }
      return outcome;
    }, outcome -> !allOrNone || outcome.stream().allMatch(SaveResult::success));
    if (!allOrNone || results.stream().allMatch(SaveResult::success)) {
      return results;
    }
    SaveError rolledBack = SaveError.of("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all"
        + " records were valid and the request was using AllOrNone header");
    List<SaveResult> undone = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      SaveResult result = results.get(i);
      undone.add(result.success() ? new SaveResult(ids.get(i), List.of(rolledBack)) : result);
    }
    return undone;
  }

  private String insert(Caller caller, Table table, Map<String, Object> values) {
    ObjectSchema schema = table.schema();
    String[] row = table.newRow();
    assign(caller, table, row, values, true);
    schema.fields().forEach(field -> {
      int column = schema.column(field.name());
      if (row[column] == null && field.defaultValue() != null) {
        row[column] = field.defaultValue();
      } else if (row[column] == null && field.type() == FieldType.BOOLEAN) {
        row[column] = "false";
      }
    });
    if (schema.hasField("OwnerId") && row[schema.column("OwnerId")] == null) {
      row[schema.column("OwnerId")] = caller.userId();
    }
    boolean person = PersonAccounts.isPersonAccount(org, schema, row);
    requireFields(schema, row, person);
    row[schema.column("Id")] = table.mintId();
    row[schema.column("IsDeleted")] = "false";
    derive(table, row);
    stamp(caller, schema, row, true);
    table.put(row);
    if (person) {
      PersonAccounts.createPersonContact(org, table, row, contact -> stamp(caller, contact.schema(),
          contact.row(), true));
    }
    return row[schema.column("Id")];
  }

  private String[] existing(Table table, String id) {
    String[] row = SalesforceIds.canonical(id)
        .filter(id18 -> id18.startsWith(table.schema().keyPrefix()))
        .map(table::row)
        .orElse(null);
    if (row == null) {
      throw RecordException.notFound();
    }
    return row;
  }

  private String[] editable(Caller caller, Table table, String id) {
    String[] row = existing(table, id);
    if (table.isDeleted(row)) {
      throw new RecordException(404, SaveError.of("ENTITY_IS_DELETED", "entity is deleted"));
    }
    if (!Sharing.of(org, caller).canEdit(table, row)) {
      throw RecordException.badRequest("INSUFFICIENT_ACCESS_OR_READONLY", "insufficient access rights on object id");
    }
    return row;
  }

  private Table table(String object) {
    return org.table(object).orElseThrow(RecordException::notFound);
  }

  private void assign(Caller caller, Table table, String[] row, Map<String, Object> values, boolean creating) {
    ObjectSchema schema = table.schema();
    List<String> readOnly = new ArrayList<>();
    values.forEach((name, value) -> {
      if (name.equals("attributes")) {
        return;
      }
      Field field = schema.field(name).orElseThrow(() -> RecordException.badRequest("INVALID_FIELD",
          "No such column '" + name + "' on sobject of type " + schema.name(), name));
      if (creating ? !field.createable() : !field.updateable()) {
        readOnly.add(field.name());
        return;
      }
      row[schema.column(name)] = FieldValues.toStored(org, field, value);
    });
    if (!readOnly.isEmpty()) {
      throw RecordException.badRequest("INVALID_FIELD_FOR_INSERT_UPDATE",
          "Unable to create/update fields: " + String.join(", ", readOnly)
              + ". Please check the security settings of this field and verify that it is read/write for your"
              + " profile or permission set.", readOnly.toArray(String[]::new));
    }
    if (!creating) {
      requireFields(schema, row, "true".equals(Table.value(row, schema.column("IsPersonAccount"))));
    }
  }

  private static void requireFields(ObjectSchema schema, String[] row, boolean personAccount) {
    List<String> missing = new ArrayList<>();
    for (Field field : schema.fields()) {
      boolean required = field.required() && !(personAccount && field.name().equals("Name"))
          || personAccount && field.name().equals("LastName");
      if (required && Table.value(row, schema.column(field.name())) == null) {
        missing.add(field.name());
      }
    }
    if (!missing.isEmpty()) {
      throw RecordException.badRequest("REQUIRED_FIELD_MISSING",
          "Required fields are missing: " + missing, missing.toArray(String[]::new));
    }
  }

  private void derive(Table table, String[] row) {
    ObjectSchema schema = table.schema();
    Names.fill(schema, row);
    switch (schema.name()) {
      case "Task" -> {
        set(schema, row, "AccountId", taskAccount(schema, row));
        set(schema, row, "IsClosed", String.valueOf("Completed".equals(Table.value(row, schema.column("Status")))));
      }
      case "Opportunity" -> {
        String stage = Table.value(row, schema.column("StageName"));
        set(schema, row, "IsClosed", String.valueOf(stage != null && stage.startsWith("Closed")));
        set(schema, row, "IsWon", String.valueOf("Closed Won".equals(stage)));
      }
      case "Lead" -> set(schema, row, "IsConverted",
          Optional.ofNullable(Table.value(row, schema.column("IsConverted"))).orElse("false"));
      default -> {
      }
    }
  }

  /** Task.AccountId: the account of WhatId (an Account or an Opportunity's), else the WhoId contact's account. */
  private String taskAccount(ObjectSchema schema, String[] row) {
    String what = Table.value(row, schema.column("WhatId"));
    if (what != null && what.startsWith("001")) {
      return what;
    }
    String viaWhat = parentField(what, "AccountId");
    return viaWhat != null ? viaWhat : parentField(Table.value(row, schema.column("WhoId")), "AccountId");
  }

  private String parentField(String id, String field) {
    String[] parent = id == null ? null : org.find(id);
    if (parent == null) {
      return null;
    }
    return org.tableOf(id).map(t -> Table.value(parent, t.schema().column(field))).orElse(null);
  }

  private void stamp(Caller caller, ObjectSchema schema, String[] row, boolean creating) {
    String now = org.stamp();
    if (creating) {
      set(schema, row, "CreatedDate", now);
      set(schema, row, "CreatedById", caller.userId());
    }
    set(schema, row, "LastModifiedDate", now);
    set(schema, row, "LastModifiedById", caller.userId());
    set(schema, row, "SystemModstamp", now);
  }

  private static void set(ObjectSchema schema, String[] row, String field, String value) {
    int column = schema.column(field);
    if (column >= 0) {
      row[column] = value;
    }
  }

  /** The values of a record by field name, for callers that want a map. */
  public static Map<String, String> asMap(ObjectSchema schema, String[] row) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Field field : schema.fields()) {
      map.put(field.name(), Table.value(row, schema.column(field.name())));
    }
    return map;
  }
}
