package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over a directory folder: the {@link BatchReader} parses on its thread while this one writes each
 * batch in its own transaction, counts, and tells the listeners. Deletes come last, so a deleted id stays deleted.
 */
final class ImportRun {
  private final DirectoryStore store;
  private final DirectoryChangeListener changes;
  private final ProgressListener progress;
  private final long totalBytes;
  private final int batchLines;
  private final long startNanos = System.nanoTime();
  private final Map<DirectoryKind, Tally> tallies = Map.of(DirectoryKind.PERSON, new Tally(),
      DirectoryKind.COMPANY, new Tally());
  private final List<Rejection> rejections = new ArrayList<>();
  private long rejected;

  ImportRun(DirectoryStore store, DirectoryChangeListener changes, ProgressListener progress, long totalBytes,
      int batchLines) {
    this.store = store;
    this.changes = changes;
    this.progress = progress;
    this.totalBytes = totalBytes;
    this.batchLines = batchLines;
  }

  ImportSummary run(DirectoryFolder folder) throws IOException, SQLException {
    try (BatchReader reader = BatchReader.start(folder, batchLines)) {
      for (Optional<Batch> batch = reader.next(); batch.isPresent(); batch = reader.next()) {
        apply(batch.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the directory import was interrupted", e);
    }
    return new ImportSummary(tallies.get(DirectoryKind.PERSON).counts(), tallies.get(DirectoryKind.COMPANY).counts(),
        rejected, rejections, elapsed());
  }

  private void apply(Batch batch) throws SQLException {
    List<Rejection> batchRejections = new ArrayList<>(batch.rejections());
    switch (batch) {
      case Batch.Upserts upserts -> batchRejections.addAll(upsert(upserts));
      case Batch.Deletes deletes -> delete(deletes);
    }
    batchRejections.sort(Comparator.comparingLong(Rejection::line));
    batchRejections.forEach(this::reject);
    Batch.Position position = batch.position();
    progress.progressed(new ImportProgress(position.file(), position.records(), position.bytesRead(), totalBytes,
        elapsed()));
  }

  /** Writes the batch; returns its records left out as duplicates of ids written by an earlier batch. */
  private List<Rejection> upsert(Batch.Upserts batch) throws SQLException {
    if (batch.records().isEmpty()) {
      return List.of();
    }
    DirectoryStore.Written written = store.upsert(batch.kind(), batch.records());
    tallies.get(batch.kind()).written(written, batch.records().size());
    List<String> upserted = written.all();
    if (!upserted.isEmpty()) {
      changes.changed(batch.kind() == DirectoryKind.PERSON
          ? new DirectoryChanges(upserted, List.of(), List.of(), List.of())
          : new DirectoryChanges(List.of(), upserted, List.of(), List.of()));
    }
    return written.duplicates().stream()
        .map(duplicate -> new Rejection(batch.position().file(), duplicate.line(),
            "duplicate id: already earlier in the file"))
        .toList();
  }

  private void delete(Batch.Deletes batch) throws SQLException {
    if (batch.ids().isEmpty()) {
      return;
    }
    DirectoryStore.Deleted deleted = store.delete(batch.ids());
    tallies.get(DirectoryKind.PERSON).deleted(deleted.people().size());
    tallies.get(DirectoryKind.COMPANY).deleted(deleted.companies().size());
    if (!deleted.people().isEmpty() || !deleted.companies().isEmpty()) {
      changes.changed(new DirectoryChanges(List.of(), List.of(), deleted.people(), deleted.companies()));
    }
  }

  private void reject(Rejection rejection) {
    rejected++;
    if (rejections.size() < ImportSummary.LISTED_REJECTIONS) {
      rejections.add(rejection);
    }
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
