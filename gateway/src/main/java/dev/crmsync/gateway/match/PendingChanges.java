package dev.crmsync.gateway.match;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The changed CRM record ids and directory profile ids of one tenant waiting for a rematch, and whether a rematch
 * is already scheduled or running for them. Thread-safe: changes arrive from import threads.
 */
final class PendingChanges {
  private Set<String> records = new HashSet<>();
  private Set<String> profiles = new HashSet<>();
  private boolean scheduled;

  record Drained(Set<String> records, Set<String> profiles) {
  }

  synchronized void addRecords(Collection<String> ids) {
    records.addAll(ids);
  }

  synchronized void addProfiles(Collection<String> ids) {
    profiles.addAll(ids);
  }

  /** True when the caller should schedule a rematch: none is scheduled or running yet. */
  synchronized boolean claimTimer() {
    if (scheduled) {
      return false;
    }
    scheduled = true;
    return true;
  }

  /** Takes everything gathered so far; later changes wait for the next rematch. */
  synchronized Drained drain() {
    Drained drained = new Drained(records, profiles);
    records = new HashSet<>();
    profiles = new HashSet<>();
    return drained;
  }

  /** Ends a rematch; true when changes arrived meanwhile and another one is due. */
  synchronized boolean releaseTimer() {
    scheduled = false;
    return !records.isEmpty() || !profiles.isEmpty();
  }
}
