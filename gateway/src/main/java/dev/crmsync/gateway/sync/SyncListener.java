package dev.crmsync.gateway.sync;

/**
 * Hears what each sync changed, to rematch incrementally. Called after each commit, from either of a run's two
 * import lanes (so it must be thread-safe), and it must not block for long. A listener that missed changes (the
 * process stopped between a commit and the call) can catch up from {@code crm_record.synced_at}, which every real
 * change sets; deleted rows are gone from {@code crm_record}.
 */
@FunctionalInterface
public interface SyncListener {
  SyncListener NONE = changes -> { };

  void changed(ChangeSet changes);
}
