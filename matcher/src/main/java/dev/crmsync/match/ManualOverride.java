package dev.crmsync.match;

import java.util.Objects;

/**
 * A person's decision about a CRM record: CONFIRM or SET pins the record to a profile, REJECT says "not this
 * one". Overrides of one record are applied oldest first, so the latest wins; a REJECT stays until the same
 * profile is SET or CONFIRMed again.
 */
public record ManualOverride(String crmId, Action action, String profileId) {
  /** The kind of manual decision. */
  public enum Action {
    CONFIRM, SET, REJECT
  }

  public ManualOverride {
    if (crmId == null || crmId.isBlank()) {
      throw new IllegalArgumentException("crmId must not be blank, got '" + crmId + "'");
    }
    Objects.requireNonNull(action, "action");
    if (profileId == null || profileId.isBlank()) {
      throw new IllegalArgumentException("profileId must not be blank, got '" + profileId + "'");
    }
  }
}
