package dev.crmsync.gateway.sync;

import java.util.List;
import java.util.UUID;

/**
 * What one committed batch of a sync changed for one object: the 18-character ids inserted or updated, and
 * those deleted. Published after the commit, so the rows are readable when it arrives.
 */
public record ChangeSet(UUID tenantId, String sobject, List<String> changedIds, List<String> deletedIds) {
  public ChangeSet {
    if (tenantId == null || sobject == null) {
      throw new IllegalArgumentException("tenantId and sobject must be given");
    }
    changedIds = List.copyOf(changedIds);
    deletedIds = List.copyOf(deletedIds);
  }

  public boolean isEmpty() {
    return changedIds.isEmpty() && deletedIds.isEmpty();
  }
}
