package dev.crmsync.emulator.org;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * An in-memory Salesforce org: one {@link Table} per object, an organization id, and the clock that stamps
 * writes. Thread-safe through one read-write lock: scans and lookups share it, writes take it alone.
 */
public final class Org {
  private final String orgId;
  private final boolean personAccounts;
  private final OrgSettings settings;
  private final Map<String, Table> tablesByLowerName = new LinkedHashMap<>();
  private final Map<String, Table> tablesByPrefix = new LinkedHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final UndoLog undoLog = new UndoLog();
  private long lastStampMillis;

  public Org(OrgSettings settings) {
    this.settings = settings;
    this.orgId = settings.orgId() == null
        ? SalesforceIds.mint("00D", Math.abs(settings.clock().millis() % 1_000_000_000L))
        : SalesforceIds.canonical(settings.orgId()).orElseThrow();
    this.personAccounts = settings.personAccounts();
    StandardObjects.create(personAccounts).values().forEach(schema -> {
      Table table = new Table(schema, undoLog);
      tablesByLowerName.put(schema.name().toLowerCase(Locale.ROOT), table);
      tablesByPrefix.put(schema.keyPrefix(), table);
    });
    settings.customFields().forEach((object, fields) -> {
      ObjectSchema schema = table(object)
          .orElseThrow(() -> new IllegalArgumentException("custom fields for unknown object " + object)).schema();
      fields.forEach(field -> schema.add(customField(field)));
    });
  }

  public String orgId() {
    return orgId;
  }

  public boolean personAccounts() {
    return personAccounts;
  }

  public OrgSettings settings() {
    return settings;
  }

  public Optional<Table> table(String object) {
    return Optional.ofNullable(tablesByLowerName.get(object.toLowerCase(Locale.ROOT)));
  }

  public List<Table> tables() {
    return new ArrayList<>(tablesByLowerName.values());
  }

  /** The table an id belongs to, by its key prefix. */
  public Optional<Table> tableOf(String id18) {
    return id18 == null || id18.length() < 3 ? Optional.empty() : Optional.ofNullable(tablesByPrefix.get(id18.substring(0, 3)));
  }

  /** The record with this id (15 or 18 characters) in whichever table holds it, or null. Hold the read lock. */
  public String[] find(String id) {
    return SalesforceIds.canonical(id).flatMap(id18 -> tableOf(id18).map(t -> t.row(id18))).orElse(null);
  }

  public <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs a batch of writes under the write lock; when {@code keep} says the outcome must not stand, every write
   * of the batch is taken back.
   */
  public <T> T atomically(Supplier<T> batch, java.util.function.Predicate<T> keep) {
    return write(() -> {
      undoLog.begin();
      try {
        T outcome = batch.get();
        if (keep.test(outcome)) {
          undoLog.end();
        } else {
          undoLog.rollback();
        }
        return outcome;
      } catch (RuntimeException e) {
        undoLog.rollback();
        throw e;
      }
    });
  }

  /** A timestamp for a write, strictly later than the previous one so that SystemModstamp orders writes. */
  synchronized String stamp() {
    long now = Math.max(settings.clock().millis(), lastStampMillis + 1);
    lastStampMillis = now;
    return Values.canonical(Instant.ofEpochMilli(now));
  }

  /** Where generated or exported records go: stored as given, with ids and timestamps filled in when absent. */
  public RecordSink sink() {
    return this::insert;
  }

  /** Stores one record as given, like {@link #sink()}, and returns its id. */
  public String insert(String object, Map<String, String> fields) {
    return write(() -> load(object, fields));
  }

  /** Stores one record as given (see {@link #sink()}); returns its id. Hold the write lock. */
  String load(String object, Map<String, String> fields) {
    Table table = table(object).orElseThrow(() -> new IllegalArgumentException("unknown object " + object));
    ObjectSchema schema = table.schema();
    fields.keySet().forEach(name -> {
      if (!schema.hasField(name)) {
        schema.add(customField(name));
      }
    });
    String[] row = table.newRow();
    List<Field> all = schema.fields();
    fields.forEach((name, raw) -> {
      int column = schema.column(name);
      FieldType type = all.get(column).type();
      String value = Values.normalize(type, raw);
      row[column] = type == FieldType.REFERENCE ? sharedId(value) : value;
    });
    fillSystemFields(table, row);
    table.put(row);
    return row[schema.column("Id")];
  }

  /**
   * The referenced record's own id string when it is already stored, so that a million references to a hundred
   * thousand accounts hold a hundred thousand strings.
   */
  private String sharedId(String id) {
    String[] target = id == null ? null : find(id);
    return target == null ? id : target[0]; // Id is the first column of every object
  }

  private void fillSystemFields(Table table, String[] row) {
    ObjectSchema schema = table.schema();
    int id = schema.column("Id");
    if (row[id] == null) {
      row[id] = table.mintId();
    }
    String stamp = null;
    String previous = null;
    for (String name : List.of("CreatedDate", "LastModifiedDate", "SystemModstamp")) {
      int column = schema.column(name);
      if (row[column] == null) {
        stamp = stamp == null ? stamp() : stamp;
        row[column] = stamp;
      } else if (row[column].equals(previous)) {
        row[column] = previous;
      }
      previous = row[column];
    }
    if (schema.name().equals("User") && row[schema.column("Username")] == null) {
      row[schema.column("Username")] = row[schema.column("Email")];
    }
    List<Field> all = schema.fields();
    for (int column = 0; column < all.size(); column++) {
      Field field = all.get(column);
      if (field.type() == FieldType.BOOLEAN && row[column] == null) {
        row[column] = field.defaultValue() == null ? "false" : field.defaultValue();
      }
    }
    Names.fill(schema, row);
  }

  /**
   * Changes fields of a record directly, bypassing the API's checks (an admin tool for tests: convert a lead,
   * deactivate a user); stamps LastModifiedDate and SystemModstamp.
   */
  public void patch(String object, String id, Map<String, String> fields) {
    write(() -> {
      Table table = table(object).orElseThrow(() -> new IllegalArgumentException("unknown object " + object));
      String id18 = SalesforceIds.canonical(id).orElseThrow(() -> new IllegalArgumentException("malformed id " + id));
      String[] row = table.row(id18);
      if (row == null) {
        throw new IllegalArgumentException("no " + object + " with id " + id);
      }
      ObjectSchema schema = table.schema();
      fields.keySet().forEach(name -> {
        if (!schema.hasField(name)) {
          schema.add(customField(name));
        }
      });
      String[] changed = java.util.Arrays.copyOf(row, schema.fieldCount());
      fields.forEach((name, raw) ->
          changed[schema.column(name)] = Values.normalize(schema.field(name).orElseThrow().type(), raw));
      String now = stamp();
      changed[schema.column("LastModifiedDate")] = now;
      changed[schema.column("SystemModstamp")] = now;
      Names.fill(schema, changed);
      table.put(changed);
      return null;
    });
  }

  /** Removes a record for good, as an admin tool; queryAll no longer shows it. */
  public void purge(String object, String id) {
    write(() -> {
      Table table = table(object).orElseThrow(() -> new IllegalArgumentException("unknown object " + object));
      table.purge(SalesforceIds.canonical(id).orElseThrow(() -> new IllegalArgumentException("malformed id " + id)),
          stamp());
      return null;
    });
  }

  static Field customField(String name) {
    return new Field(name, FieldType.STRING, List.of(), Field.Access.WRITABLE, false, null);
  }
}
