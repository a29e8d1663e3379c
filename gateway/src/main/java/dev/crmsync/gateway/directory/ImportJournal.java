package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.db.Database;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The row of one operator import in {@code directory_import}, written from the importing thread over its own
 * connection: created RUNNING, its progress updated as it goes, then SUCCEEDED with the summary or FAILED.
 */
final class ImportJournal implements AutoCloseable {
  private final Connection connection;
  private final UUID id;

  private ImportJournal(Connection connection, UUID id) {
    this.connection = connection;
    this.id = id;
  }

  /** Creates the row; call it holding the import lock, since it marks rows left RUNNING by a dead process. */
  static ImportJournal begin(Database database, Path folder) throws SQLException {
    Connection connection = database.openConnection();
    try {
      try (PreparedStatement abandoned = connection.prepareStatement(DirectoryQueries.FAIL_ABANDONED_IMPORTS)) {
        abandoned.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(DirectoryQueries.INSERT_IMPORT)) {
        insert.setString(1, folder.toString());
        try (ResultSet row = insert.executeQuery()) {
          row.next();
          return new ImportJournal(connection, row.getObject(1, UUID.class));
        }
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  UUID id() {
    return id;
  }

  void progressed(ImportProgress progress) throws SQLException {
    update(DirectoryQueries.UPDATE_IMPORT_PROGRESS, ImportJson.progress(progress).encode());
  }

  void succeeded(ImportSummary summary) throws SQLException {
    update(DirectoryQueries.FINISH_IMPORT, ImportJson.summary(summary).encode());
  }

  void failed(String error) throws SQLException {
    update(DirectoryQueries.FAIL_IMPORT, error);
  }

  private void update(String sql, String value) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, value);
      update.setObject(2, id);
      update.executeUpdate();
    }
  }

  /** The view of a newly started import. */
  JsonObject started(Path folder) {
    return new JsonObject().put("id", id.toString()).put("path", folder.toString()).put("status", "RUNNING");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
