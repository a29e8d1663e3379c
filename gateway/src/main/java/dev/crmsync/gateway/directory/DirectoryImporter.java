package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.db.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Imports directory folders into the database. Blocking: call it from a worker or a command, never from an
 * event loop. One import runs at a time across every process sharing the database.
 *
 * <pre>{@code
 * ImportSummary summary = new DirectoryImporter(database)
 *     .importFolder(folder, DirectoryChangeListener.NONE, ProgressListener.NONE);
 * }</pre>
 */
public final class DirectoryImporter {
  private final Database database;
  private final int batchLines;

  public DirectoryImporter(Database database) {
    this(database, BatchReader.DEFAULT_BATCH_LINES);
  }

  /** With batches of {@code batchLines} lines; tests use small ones to cross batch boundaries cheaply. */
  DirectoryImporter(Database database, int batchLines) {
    this.database = Objects.requireNonNull(database, "database");
    if (batchLines < 1) {
      throw new IllegalArgumentException("batchLines must be >= 1, got " + batchLines);
    }
    this.batchLines = batchLines;
  }

  /**
   * Imports a folder in one call.
   *
   * @throws DirectoryFolderException if the folder is missing or holds no directory file
   * @throws ImportAlreadyRunningException if another import is running
   */
  public ImportSummary importFolder(Path folder, DirectoryChangeListener changes, ProgressListener progress)
      throws IOException, SQLException {
    try (DirectoryImport directoryImport = start(folder)) {
      return directoryImport.run(changes, progress);
    }
  }

  /**
   * Checks the folder and takes the import lock, so that a caller can answer at once whether the import can
   * run, then run it elsewhere. The caller must close the returned import.
   *
   * @throws DirectoryFolderException if the folder is missing or holds no directory file
   * @throws ImportAlreadyRunningException if another import is running
   */
  public DirectoryImport start(Path folder) throws SQLException {
    DirectoryFolder checked = new DirectoryFolder(folder);
    return new DirectoryImport(checked, DirectoryStore.open(database), batchLines);
  }
}
