package dev.crmsync.gateway.sync;

/**
 * Hears what each sync changed, to rematch incrementally. Called on the sync's thread after each commit; it must
 * not block for long. A listener that missed changes (the process stopped between a commit and the call) can
 * catch up from {@code crm_record.synced_at}, which every real change sets; deleted rows are gone from
 * {@code crm_record}.
 */
@FunctionalInterface
public interface SyncListener {
  SyncListener NONE = changes -> { };

  void changed(ChangeSet changes);
}
