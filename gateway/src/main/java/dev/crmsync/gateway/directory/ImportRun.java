package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a directory folder: companies, then people, then deletes (so a deleted id stays deleted), each
 * file streamed line by line in batches. Holds only the current batch in memory.
 */
final class ImportRun {
  static final int BATCH_SIZE = 5_000;

  private final DirectoryStore store;
  private final DirectoryChangeListener changes;
  private final ProgressClock progress;
  private final RecordParser parser = new RecordParser();
  private final Map<DirectoryKind, Tally> tallies = Map.of(DirectoryKind.PERSON, new Tally(),
      DirectoryKind.COMPANY, new Tally());
  private final List<Rejection> rejections = new ArrayList<>();
  private long rejected;

  ImportRun(DirectoryStore store, DirectoryChangeListener changes, ProgressClock progress) {
    this.store = store;
    this.changes = changes;
    this.progress = progress;
  }

  ImportSummary run(DirectoryFolder folder) throws IOException, SQLException {
    for (DirectoryKind kind : List.of(DirectoryKind.COMPANY, DirectoryKind.PERSON)) {
      if (folder.records(kind).isPresent()) {
        importRecords(kind, folder.records(kind).get());
      }
    }
    if (folder.deleted().isPresent()) {
      importDeletes(folder.deleted().get());
    }
    return new ImportSummary(tallies.get(DirectoryKind.PERSON).counts(), tallies.get(DirectoryKind.COMPANY).counts(),
        rejected, rejections, progress.elapsed());
  }

  private void importRecords(DirectoryKind kind, Path path) throws IOException, SQLException {
    try (JsonlFile file = JsonlFile.open(path)) {
      Map<String, StagedRecord> batch = new LinkedHashMap<>();
      for (String line = file.nextLine(); line != null; line = file.nextLine()) {
        if (line.isBlank()) {
          continue;
        }
        progress.recordRead();
        stage(kind, file, line, batch);
        if (batch.size() >= BATCH_SIZE) {
          upsert(kind, batch);
          progress.report(file);
        }
      }
      upsert(kind, batch);
      progress.finished(file);
    }
  }

  private void stage(DirectoryKind kind, JsonlFile file, String line, Map<String, StagedRecord> batch) {
    try {
      StagedRecord record = parser.parse(kind, line, file.lineNumber());
      StagedRecord first = batch.putIfAbsent(record.id(), record);
      if (first != null) {
        reject(file, "duplicate id: already on line " + first.line());
      }
    } catch (RejectedLine e) {
      reject(file, e.getMessage());
    }
  }

  private void upsert(DirectoryKind kind, Map<String, StagedRecord> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    DirectoryStore.Written written = store.upsert(kind, batch.values());
    tallies.get(kind).written(written, batch.size());
    batch.clear();
    List<String> upserted = written.all();
    if (!upserted.isEmpty()) {
      changes.changed(kind == DirectoryKind.PERSON
          ? new DirectoryChanges(upserted, List.of(), List.of(), List.of())
          : new DirectoryChanges(List.of(), upserted, List.of(), List.of()));
    }
  }

  private void importDeletes(Path path) throws IOException, SQLException {
    try (JsonlFile file = JsonlFile.open(path)) {
      Set<String> batch = new LinkedHashSet<>();
      for (String line = file.nextLine(); line != null; line = file.nextLine()) {
        if (line.isBlank()) {
          continue;
        }
        progress.recordRead();
        try {
          batch.add(parser.deletedId(line));
        } catch (RejectedLine e) {
          reject(file, e.getMessage());
        }
        if (batch.size() >= BATCH_SIZE) {
          delete(batch);
          progress.report(file);
        }
      }
      delete(batch);
      progress.finished(file);
    }
  }

  private void delete(Set<String> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    DirectoryStore.Deleted deleted = store.delete(batch);
    batch.clear();
    tallies.get(DirectoryKind.PERSON).deleted(deleted.people().size());
    tallies.get(DirectoryKind.COMPANY).deleted(deleted.companies().size());
    if (!deleted.people().isEmpty() || !deleted.companies().isEmpty()) {
      changes.changed(new DirectoryChanges(List.of(), List.of(), deleted.people(), deleted.companies()));
    }
  }

  private void reject(JsonlFile file, String reason) {
    rejected++;
    if (rejections.size() < ImportSummary.LISTED_REJECTIONS) {
      rejections.add(new Rejection(file.name(), file.lineNumber(), reason));
    }
  }
}
