package dev.crmsync.emulator.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The records of one object, kept compact for orgs of millions of records: one {@code String[]} per record,
 * indexed by the object's field columns, repeated values shared (see {@link ColumnInterner}), and an index by id.
 * Rows are never changed in place: a write replaces the array, so a snapshot of rows stays consistent. Callers
 * hold the {@link Org}'s lock.
 */
public final class Table {
  private final ObjectSchema schema;
  private final ArrayList<String[]> rows = new ArrayList<>();
  private final Map<String, Integer> rowById = new HashMap<>();
  private final List<ColumnInterner> interners = new ArrayList<>();
  private final List<Deletion> purged = new ArrayList<>();
  private final int idColumn;
  private final int deletedColumn;
  private int liveRows;
  /** Minted ids start high, clear of the counters the generator mints from. */
  private long minted = 1L << 40;

  private final UndoLog undoLog;

  Table(ObjectSchema schema, UndoLog undoLog) {
    this.schema = schema;
    this.undoLog = undoLog;
    this.idColumn = schema.column("Id");
    this.deletedColumn = schema.column("IsDeleted");
  }

  public ObjectSchema schema() {
    return schema;
  }

  /** The record with this canonical 18-character id, deleted or not, or null. */
  public String[] row(String id18) {
    Integer at = rowById.get(id18);
    return at == null ? null : rows.get(at);
  }

  /** The value in a column of a row; rows made before a field was added are shorter. */
  public static String value(String[] row, int column) {
    return column >= 0 && column < row.length ? row[column] : null;
  }

  public boolean isDeleted(String[] row) {
    return "true".equals(value(row, deletedColumn));
  }

  /** Calls the action on every record in insertion order, deleted ones included. */
  public void forEach(Consumer<String[]> action) {
    for (String[] row : rows) {
      if (row != null) {
        action.accept(row);
      }
    }
  }

  /** Records not deleted. */
  public int size() {
    return liveRows;
  }

  String mintId() {
    String id;
    do {
      id = SalesforceIds.mint(schema.keyPrefix(), ++minted);
    } while (rowById.containsKey(id));
    return id;
  }

  String[] newRow() {
    return new String[schema.fieldCount()];
  }

  /** Stores a new record or replaces the one with the same id. */
  void put(String[] row) {
    String id = row[idColumn];
    for (int i = 0; i < row.length; i++) {
      row[i] = intern(i, row[i]);
    }
    Integer at = rowById.get(id);
    if (at == null) {
      rows.add(row);
      int added = rows.size() - 1;
      rowById.put(id, added);
      liveRows += isDeleted(row) ? 0 : 1;
      undoLog.record(() -> {
        rowById.remove(id);
        rows.set(added, null);
        liveRows -= isDeleted(row) ? 0 : 1;
      });
    } else {
      String[] previous = rows.get(at);
      replace(at, row);
      undoLog.record(() -> replace(at, previous));
    }
  }

  private void replace(int at, String[] row) {
    liveRows += (isDeleted(rows.get(at)) ? 0 : -1) + (isDeleted(row) ? 0 : 1);
    rows.set(at, row);
  }

  /** Removes a record for good, without the recycle bin; only the deleted-records log remembers it. */
  void purge(String id18, String deletedDate) {
    Integer at = rowById.remove(id18);
    if (at != null) {
      String[] previous = rows.get(at);
      liveRows -= isDeleted(previous) ? 0 : 1;
      rows.set(at, null);
      Deletion deletion = new Deletion(id18, deletedDate);
      purged.add(deletion);
      undoLog.record(() -> {
        rows.set(at, previous);
        rowById.put(id18, at);
        liveRows += isDeleted(previous) ? 0 : 1;
        purged.remove(deletion);
      });
    }
  }

  /** Records removed for good, for the getDeleted resource. */
  public List<Deletion> purged() {
    return List.copyOf(purged);
  }

  /**
   * A record removed for good.
   *
   * @param id its id
   * @param deletedDate when, in stored datetime form
   */
  public record Deletion(String id, String deletedDate) {
  }

  private String intern(int column, String value) {
    if (value == null || column == idColumn) {
      return value;
    }
    while (interners.size() <= column) {
      interners.add(new ColumnInterner());
    }
    return interners.get(column).intern(value);
  }
}
