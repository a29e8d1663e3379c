package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.db.Database;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The directory tables as an import writes them, over one JDBC connection that holds the import lock, so nothing
 * else writes them meanwhile. Each batch is one transaction: one query fetches the stored hashes of the batch's
 * ids; new records go in by COPY (PostgreSQL's fastest path, many rows per page write), changed ones by one
 * UPDATE from arrays, and unchanged ones are not written at all. (Measured against one INSERT ... ON CONFLICT
 * per batch, whose per-row speculative insertion was several times slower on new records.)
 */
final class DirectoryStore implements AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();

  private final Connection connection;
  private final CopyManager copy;
  private final Timestamp started;

  private DirectoryStore(Connection connection, Timestamp started) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    this.started = started;
  }

  /** Opens a connection and takes the import lock; throws {@link ImportAlreadyRunningException} if taken. */
  static DirectoryStore open(Database database) throws SQLException {
    Connection connection = database.openConnection();
    try {
      try (Statement statement = connection.createStatement();
           ResultSet locked = statement.executeQuery(DirectoryQueries.TRY_LOCK)) {
        locked.next();
        if (!locked.getBoolean(1)) {
          throw new ImportAlreadyRunningException();
        }
        statement.execute(DirectoryQueries.PREFER_INDEX_LOOKUPS);
      }
      Timestamp started;
      try (Statement statement = connection.createStatement();
           ResultSet now = statement.executeQuery(DirectoryQueries.NOW)) {
        now.next();
        started = now.getTimestamp(1);
      }
      connection.setAutoCommit(false);
      return new DirectoryStore(connection, started);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Ids inserted and updated by a batch, and the records left out because an earlier batch of this import wrote
   * their id (a duplicate id in the file: the first line wins); the rest of the batch was unchanged.
   */
  record Written(List<String> inserted, List<String> updated, List<StagedRecord> duplicates) {
    List<String> all() {
      List<String> all = new ArrayList<>(inserted);
      all.addAll(updated);
      return all;
    }
  }

  /** Ids deleted by a batch of deletes, by kind. */
  record Deleted(List<String> people, List<String> companies) {
  }

  Written upsert(DirectoryKind kind, List<StagedRecord> batch) throws SQLException {
    try {
      Map<String, Stored> stored = stored(kind, batch);
      List<StagedRecord> inserts = new ArrayList<>();
      List<StagedRecord> updates = new ArrayList<>();
      List<StagedRecord> duplicates = new ArrayList<>();
      for (StagedRecord record : batch) {
        Stored row = stored.get(record.id());
        if (row == null) {
          inserts.add(record);
        } else if (row.thisImport()) {
          duplicates.add(record);
        } else if (!Arrays.equals(row.contentHash(), record.contentHash())) {
          updates.add(record);
        }
      }
      insert(kind, inserts);
      update(kind, updates);
      connection.commit();
      return new Written(ids(inserts), ids(updates), duplicates);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** A stored row of a batch's id: its hash, and whether this import wrote it. */
  private record Stored(byte[] contentHash, boolean thisImport) {
  }

  private Map<String, Stored> stored(DirectoryKind kind, List<StagedRecord> batch) throws SQLException {
    Map<String, Stored> stored = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(kind.storedHashes())) {
      select.setTimestamp(1, started);
      select.setArray(2, connection.createArrayOf("text", ids(batch).toArray()));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          stored.put(rows.getString(1), new Stored(rows.getBytes(2), rows.getBoolean(3)));
        }
      }
    }
    return stored;
  }

  private void insert(DirectoryKind kind, List<StagedRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    byte[] rows = CopyText.rows(records, kind == DirectoryKind.PERSON);
    CopyIn copyIn = copy.copyIn(kind.copy());
    try {
      copyIn.writeToCopy(rows, 0, rows.length);
      copyIn.endCopy();
    } finally {
      if (copyIn.isActive()) {
        copyIn.cancelCopy();
      }
    }
  }

  private void update(DirectoryKind kind, List<StagedRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    String[] ids = new String[records.size()];
    String[] profiles = new String[records.size()];
    String[] contactPoints = new String[records.size()];
    String[] hashes = new String[records.size()];
    for (int i = 0; i < records.size(); i++) {
      StagedRecord record = records.get(i);
      ids[i] = record.id();
      profiles[i] = record.profile();
      contactPoints[i] = record.contactPoints();
      hashes[i] = HEX.formatHex(record.contentHash());
    }
    try (PreparedStatement update = connection.prepareStatement(kind.update())) {
      update.setArray(1, connection.createArrayOf("text", ids));
      update.setArray(2, connection.createArrayOf("text", profiles));
      update.setArray(3, connection.createArrayOf("text", contactPoints));
      update.setArray(4, connection.createArrayOf("text", hashes));
      update.executeUpdate();
    }
  }

  private static List<String> ids(List<StagedRecord> records) {
    return records.stream().map(StagedRecord::id).toList();
  }

  Deleted delete(List<String> ids) throws SQLException {
    try {
      Array array = connection.createArrayOf("text", ids.toArray());
      Deleted deleted = new Deleted(delete(DirectoryKind.PERSON, array), delete(DirectoryKind.COMPANY, array));
      connection.commit();
      return deleted;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private List<String> delete(DirectoryKind kind, Array ids) throws SQLException {
    List<String> deleted = new ArrayList<>();
    try (PreparedStatement delete = connection.prepareStatement(kind.delete())) {
      delete.setArray(1, ids);
      try (ResultSet rows = delete.executeQuery()) {
        while (rows.next()) {
          deleted.add(rows.getString(1));
        }
      }
    }
    return deleted;
  }

  @Override
  public void close() throws SQLException {
    try (connection; Statement statement = connection.createStatement()) {
      connection.rollback();
      statement.execute(DirectoryQueries.UNLOCK);
    }
  }
}
