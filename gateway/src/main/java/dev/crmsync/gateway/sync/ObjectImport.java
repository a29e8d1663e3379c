package dev.crmsync.gateway.sync;

import dev.crmsync.salesforce.bulk.BulkQueryReader;
import dev.crmsync.salesforce.bulk.CsvRow;
import dev.crmsync.salesforce.id.SalesforceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports the rows of one object's query as they stream: batches of rows are copied into a staging table and
 * merged into {@code crm_record}, one transaction each. The object's watermark moves only in the transaction of
 * the last batch, to the newest {@code SystemModstamp} seen: a crash anywhere leaves the old watermark, and the
 * next run reads the rows again, which the merge applies idempotently.
 */
final class ObjectImport implements BulkQueryReader.Consumer {
  /** REST-style datetimes ({@code +0000}); Bulk CSV uses ISO {@code Z}, which {@link Instant#parse} reads. */
  private static final DateTimeFormatter OFFSET_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final RunContext run;
  private final SyncObject object;
  private final List<Rejected> rejected = new ArrayList<>();
  private CopyRows batch;
  private long rowsRead;
  private Instant newest;

  ObjectImport(RunContext run, SyncObject object) {
    this.run = run;
    this.object = object;
  }

  private record Rejected(String sfId, String reason) {
  }

  @Override
  public void row(CsvRow row) throws Exception {
    rowsRead++;
    run.checkpoints().rowRead(object.name(), rowsRead);
    String rawId = row.get("Id");
    Optional<SalesforceId> id = SalesforceId.parse(rawId);
    if (id.isEmpty()) {
      rejected.add(new Rejected(rawId, "Id is not a 15- or 18-character Salesforce id"));
      return;
    }
    Optional<Instant> modstamp = parseDateTime(row.get("SystemModstamp"));
    if (modstamp.isEmpty()) {
      rejected.add(new Rejected(id.get().value(), "SystemModstamp '" + row.get("SystemModstamp")
          + "' is not a datetime"));
      return;
    }
    if (batch == null) {
      batch = new CopyRows(run.connection(), SyncQueries.COPY_STAGE);
    }
    batch.row(id.get().value(), RowJson.of(row, "IsDeleted"), modstamp.get().toString(),
        "true".equalsIgnoreCase(row.get("IsDeleted")) ? "t" : "f");
    newest = newest == null || modstamp.get().isAfter(newest) ? modstamp.get() : newest;
    if (batch.rows() >= run.batchRows()) {
      commitBatch(false);
    }
  }

  /** Stops between pages once the run has used its share of the org's API limit. */
  @Override
  public boolean pageEnded() {
    return !run.budget().exhausted(run.meter());
  }

  /** Commits what is left; when every page was read, the watermark moves in the same transaction. */
  void finish(boolean complete) throws Exception {
    commitBatch(complete);
  }

  /** Gives up the open batch after a failure, so the connection can roll back. */
  void abandon() {
    if (batch != null) {
      batch.cancel();
      batch = null;
    }
  }

  private void commitBatch(boolean complete) throws Exception {
    List<String> changed = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    long inserted = 0;
    if (batch != null) {
      batch.close();
      batch = null;
      try (PreparedStatement merge = run.connection().prepareStatement(SyncQueries.MERGE_STAGE)) {
        merge.setObject(1, run.tenantId());
        merge.setObject(2, run.tenantId());
        merge.setString(3, object.name());
        try (ResultSet rs = merge.executeQuery()) {
          while (rs.next()) {
            String change = rs.getString(1);
            (change.equals("D") ? deleted : changed).add(rs.getString(2));
            inserted += change.equals("I") ? 1 : 0;
          }
        }
      }
    }
    saveRejected();
    if (complete && newest != null) {
      saveWatermark();
    }
    run.counts().add(object.name(), inserted, changed.size() - inserted, deleted.size(), rejected.size());
    rejected.clear();
    run.saveProgress();
    run.commit(object.name());
    ChangeSet changes = new ChangeSet(run.tenantId(), object.name(), changed, deleted);
    if (!changes.isEmpty()) {
      run.listener().changed(changes);
    }
  }

  private void saveRejected() throws SQLException {
    if (rejected.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = run.connection().prepareStatement(SyncQueries.REJECT_ROW)) {
      for (Rejected row : rejected) {
        insert.setLong(1, run.runId());
        insert.setString(2, object.name());
        insert.setString(3, row.sfId());
        insert.setString(4, row.reason());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void saveWatermark() throws SQLException {
    try (PreparedStatement save = run.connection().prepareStatement(SyncQueries.SAVE_WATERMARK)) {
      save.setObject(1, run.tenantId());
      save.setString(2, object.name());
      save.setTimestamp(3, Timestamp.from(newest));
      save.executeUpdate();
    }
  }

  static Optional<Instant> parseDateTime(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(value, OFFSET_DATETIME).toInstant());
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }
}
