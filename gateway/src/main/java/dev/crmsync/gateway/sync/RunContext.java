package dev.crmsync.gateway.sync;

import dev.crmsync.salesforce.limits.ApiBudget;
import dev.crmsync.salesforce.limits.UsageMeter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** What every step of one run shares: its connection (which holds the tenant's lock), ids, counts and meter. */
record RunContext(Connection connection, UUID tenantId, long runId, int batchRows, ObjectCounts counts,
    UsageMeter meter, ApiBudget budget, SyncListener listener, Checkpoints checkpoints) {

  /** Writes the run's progress in the current transaction, so counts always match the committed rows. */
  void saveProgress() throws SQLException {
    try (PreparedStatement save = connection.prepareStatement(SyncQueries.SAVE_PROGRESS)) {
      save.setString(1, counts.toJson().encode());
      save.setLong(2, meter.calls());
      save.setLong(3, runId);
      save.executeUpdate();
    }
  }

  /** The same run on another connection: a second lane importing other objects at the same time. */
  RunContext on(Connection other) {
    return new RunContext(other, tenantId, runId, batchRows, counts, meter, budget, listener, checkpoints);
  }

  void commit(String sobject) throws SQLException {
    checkpoints.beforeCommit(sobject);
    connection.commit();
  }
}
