package dev.crmsync.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Overrides folded per record: the profile a record is pinned to, and the profiles rejected for it. */
final class Overrides {
  private final Map<String, ManualOverride> pinned = new HashMap<>();
  private final Map<String, Set<String>> rejected = new HashMap<>();

  /** Folds overrides given oldest first. */
  static Overrides of(List<ManualOverride> overrides) {
    Overrides folded = new Overrides();
    for (ManualOverride override : overrides) {
      Set<String> rejectedOfRecord = folded.rejected.computeIfAbsent(override.crmId(), id -> new HashSet<>());
      if (override.action() == ManualOverride.Action.REJECT) {
        rejectedOfRecord.add(override.profileId());
        ManualOverride current = folded.pinned.get(override.crmId());
        if (current != null && current.profileId().equals(override.profileId())) {
          folded.pinned.remove(override.crmId());
        }
      } else {
        rejectedOfRecord.remove(override.profileId());
        folded.pinned.put(override.crmId(), override);
      }
    }
    return folded;
  }

  Map<String, ManualOverride> pinned() {
    return pinned;
  }

  boolean isRejected(String crmId, String profileId) {
    return rejected.getOrDefault(crmId, Set.of()).contains(profileId);
  }
}
