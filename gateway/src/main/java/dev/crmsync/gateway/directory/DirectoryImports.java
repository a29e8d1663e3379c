package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directory imports started over HTTP: checked and locked on a worker, then run in the background on a worker
 * of their own, with their progress and outcome kept in {@code directory_import} for any node to report.
 * Nothing blocking runs on an event loop.
 */
public final class DirectoryImports {
  private static final Logger LOG = LoggerFactory.getLogger(DirectoryImports.class);
  private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
  // an import of millions of records takes minutes: the blocked-thread warning must not fire during one
  private static final long MAX_IMPORT_DAYS = 1;

  private final Vertx vertx;
  private final Database database;
  private final Pool pool;
  private final DirectoryImporter importer;
  private final DirectoryChangeListener changes;
  private final WorkerExecutor runner;

  /** Create it in the verticle that uses it: its worker closes with that verticle. */
  public DirectoryImports(Vertx vertx, Database database, Pool pool, DirectoryChangeListener changes) {
    this.vertx = vertx;
    this.database = database;
    this.pool = pool;
    this.importer = new DirectoryImporter(database);
    this.changes = changes;
    this.runner = vertx.createSharedWorkerExecutor("directory-import", 1, MAX_IMPORT_DAYS, TimeUnit.DAYS);
  }

  private record Started(DirectoryImport directoryImport, ImportJournal journal) {
  }

  /** Starts importing the folder; the answer (id, path, RUNNING) comes once the import holds the lock. */
  Future<JsonObject> start(Path folder) {
    return vertx.executeBlocking(() -> begin(folder), false)
        .map(started -> {
          runner.executeBlocking(() -> run(started), false);
          return started.journal().started(folder);
        });
  }

  /** The import with that id: status, progress, summary or error. */
  Future<JsonObject> find(String id) {
    Optional<UUID> uuid = parse(id);
    if (uuid.isEmpty()) {
      return Future.failedFuture(notFound(id));
    }
    return pool.preparedQuery(DirectoryQueries.FIND_IMPORT).execute(Tuple.of(uuid.get()))
        .map(rows -> {
          if (rows.size() == 0) {
            throw notFound(id);
          }
          return view(rows.iterator().next());
        });
  }

  private Started begin(Path folder) throws SQLException {
    DirectoryImport directoryImport;
    try {
      directoryImport = importer.start(folder);
    } catch (DirectoryFolderException e) {
      throw new ApiException(400, "INVALID_FOLDER", e.getMessage());
    } catch (ImportAlreadyRunningException e) {
      throw new ApiException(409, "IMPORT_RUNNING", e.getMessage());
    }
    try {
      return new Started(directoryImport, ImportJournal.begin(database, folder));
    } catch (SQLException | RuntimeException e) {
      directoryImport.close();
      throw e;
    }
  }

  private Void run(Started started) throws SQLException {
    try (DirectoryImport directoryImport = started.directoryImport(); ImportJournal journal = started.journal()) {
      AtomicReference<ImportProgress> last = new AtomicReference<>();
      ProgressListener journaled =
          ProgressListener.atMostEvery(PROGRESS_INTERVAL, progress -> record(journal, progress));
      try {
        ImportSummary summary = directoryImport.run(changes, progress -> {
          last.set(progress);
          journaled.progressed(progress);
        });
        if (last.get() != null) {
          journal.progressed(last.get());
        }
        LOG.info("directory import {} done: {} rows written, {} lines rejected", journal.id(), summary.written(),
            summary.rejected());
        journal.succeeded(summary);
      } catch (IOException | SQLException | RuntimeException e) {
        String error = ImportFailure.describe(e);
        LOG.warn("directory import {} failed: {}", journal.id(), error);
        journal.failed(error);
      }
    }
    return null;
  }

  private static void record(ImportJournal journal, ImportProgress progress) {
    try {
      journal.progressed(progress);
    } catch (SQLException e) {
      LOG.warn("directory import {}: progress not recorded (SQLSTATE {})", journal.id(), e.getSQLState());
    }
  }

  private static JsonObject view(Row row) {
    return new JsonObject()
        .put("id", row.getUUID("id").toString())
        .put("path", row.getString("path"))
        .put("status", row.getString("status"))
        .put("startedAt", timestamp(row.getOffsetDateTime("started_at")))
        .put("finishedAt", timestamp(row.getOffsetDateTime("finished_at")))
        .put("progress", row.getJsonObject("progress"))
        .put("summary", row.getJsonObject("summary"))
        .put("error", row.getString("error"));
  }

  private static String timestamp(OffsetDateTime time) {
    return time == null ? null : time.toInstant().toString();
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ApiException notFound(String id) {
    return new ApiException(404, "NOT_FOUND", "no directory import with id " + id);
  }
}
