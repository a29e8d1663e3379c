package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** An import that holds the import lock and is ready to run; closing it frees the lock. */
public final class DirectoryImport implements AutoCloseable {
  private final DirectoryFolder folder;
  private final DirectoryStore store;

  DirectoryImport(DirectoryFolder folder, DirectoryStore store) {
    this.folder = folder;
    this.store = store;
  }

  public Path folder() {
    return folder.path();
  }

  /** Reads the folder into the database, telling the listeners as batches commit. */
  public ImportSummary run(DirectoryChangeListener changes, ProgressListener progress)
      throws IOException, SQLException {
    return new ImportRun(store, changes, new ProgressClock(progress, folder.totalBytes())).run(folder);
  }

  @Override
  public void close() throws SQLException {
    store.close();
  }
}
