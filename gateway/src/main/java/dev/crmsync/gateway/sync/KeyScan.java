package dev.crmsync.gateway.sync;

import dev.crmsync.salesforce.bulk.BulkQueryReader;
import dev.crmsync.salesforce.bulk.CsvRow;
import dev.crmsync.salesforce.id.SalesforceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the deletes {@code queryAll} cannot show (hard-deleted team members): every live id of the object is
 * read into a temporary table, and stored rows whose id is not there are deleted, all in one transaction. A
 * scan stopped early deletes nothing.
 */
final class KeyScan implements BulkQueryReader.Consumer {
  private final RunContext run;
  private final SyncObject object;
  private CopyRows keys;

  KeyScan(RunContext run, SyncObject object) {
    this.run = run;
    this.object = object;
  }

  String soql() {
    return "SELECT Id FROM " + object.name();
  }

  @Override
  public void row(CsvRow row) throws Exception {
    Optional<SalesforceId> id = SalesforceId.parse(row.get("Id"));
    if (id.isEmpty()) {
      return;
    }
    if (keys == null) {
      keys = new CopyRows(run.connection(), SyncQueries.COPY_KEYS);
    }
    keys.row(id.get().value());
  }

  @Override
  public boolean pageEnded() {
    return !run.budget().exhausted(run.meter());
  }

  /** Deletes the unseen rows when the scan read every page; otherwise leaves everything as it was. */
  void finish(boolean complete) throws Exception {
    if (keys != null) {
      keys.close();
      keys = null;
    }
    if (!complete) {
      run.connection().rollback();
      return;
    }
    List<String> deleted = new ArrayList<>();
    try (PreparedStatement delete = run.connection().prepareStatement(SyncQueries.DELETE_UNSEEN)) {
      delete.setObject(1, run.tenantId());
      delete.setString(2, object.name());
      try (ResultSet rs = delete.executeQuery()) {
        while (rs.next()) {
          deleted.add(rs.getString(1));
        }
      }
    }
    run.counts().add(object.name(), 0, 0, deleted.size(), 0);
    run.saveProgress();
    run.commit(object.name());
    if (!deleted.isEmpty()) {
      run.listener().changed(new ChangeSet(run.tenantId(), object.name(), List.of(), deleted));
    }
  }

  void abandon() {
    if (keys != null) {
      keys.cancel();
      keys = null;
    }
  }
}
