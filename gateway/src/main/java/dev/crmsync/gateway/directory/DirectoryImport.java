package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** An import that holds the import lock and is ready to run; closing it frees the lock. */
public final class DirectoryImport implements AutoCloseable {
  private final DirectoryFolder folder;
  private final DirectoryStore store;
  private final int batchLines;

  DirectoryImport(DirectoryFolder folder, DirectoryStore store, int batchLines) {
    this.folder = folder;
    this.store = store;
    this.batchLines = batchLines;
  }

  public Path folder() {
    return folder.path();
  }

  /** Reads the folder into the database, telling the listeners as batches commit. */
  public ImportSummary run(DirectoryChangeListener changes, ProgressListener progress)
      throws IOException, SQLException {
    return new ImportRun(store, changes, progress, folder.totalBytes(), batchLines).run(folder);
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
