package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.db.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The directory tables as an import writes them, over one JDBC connection that holds the import lock. Each
 * batch is one transaction: COPY into a temporary staging table, then one statement moves the rows whose content
 * hash changed, so an unchanged record costs no write at all.
 */
final class DirectoryStore implements AutoCloseable {
  private static final HexFormat HEX = HexFormat.of();

  private final Connection connection;
  private final CopyManager copy;

  private DirectoryStore(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
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
        statement.execute(DirectoryQueries.CREATE_STAGE);
        statement.execute(DirectoryQueries.PREFER_INDEX_LOOKUPS);
      }
      connection.setAutoCommit(false);
      return new DirectoryStore(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Ids inserted and updated by a batch; the rest of the batch was unchanged. */
  record Written(List<String> inserted, List<String> updated) {
    List<String> all() {
      List<String> all = new ArrayList<>(inserted);
      all.addAll(updated);
      return all;
    }
  }

  /** Ids deleted by a batch of deletes, by kind. */
  record Deleted(List<String> people, List<String> companies) {
  }

  Written upsert(DirectoryKind kind, Collection<StagedRecord> batch) throws SQLException {
    try {
      stage(batch);
      List<String> inserted = new ArrayList<>();
      List<String> updated = new ArrayList<>();
      try (PreparedStatement merge = connection.prepareStatement(kind.merge());
           ResultSet rows = merge.executeQuery()) {
        while (rows.next()) {
          (rows.getBoolean(2) ? inserted : updated).add(rows.getString(1));
        }
      }
      connection.commit();
      return new Written(inserted, updated);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  Deleted delete(Collection<String> ids) throws SQLException {
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

  private void stage(Collection<StagedRecord> batch) throws SQLException {
    StringBuilder rows = new StringBuilder(batch.size() * 512);
    for (StagedRecord record : batch) {
      appendField(rows, record.id()).append('\t');
      appendField(rows, record.profile()).append('\t');
      appendField(rows, record.contactPoints()).append('\t');
      // bytea in hex form; the backslash is doubled as every backslash in COPY text
      rows.append("\\\\x").append(HEX.formatHex(record.contentHash())).append('\n');
    }
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn copyIn = copy.copyIn(DirectoryQueries.COPY_STAGE);
    try {
      copyIn.writeToCopy(bytes, 0, bytes.length);
      copyIn.endCopy();
    } finally {
      if (copyIn.isActive()) {
        copyIn.cancelCopy();
      }
    }
  }

  /** Escapes a value for COPY's text format, where backslash, tab and line breaks are special. */
  private static StringBuilder appendField(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    try (connection; Statement statement = connection.createStatement()) {
      connection.rollback();
      statement.execute(DirectoryQueries.UNLOCK);
    }
  }
}
