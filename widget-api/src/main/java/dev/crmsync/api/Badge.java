package dev.crmsync.api;

import java.util.List;
import java.util.Objects;

/** The CRM badge of one profile; {@code crm} is null when the profile is not in the CRM. */
public record Badge(ProfileKind kind, String id, BadgeStatus status, List<String> reasons, CrmRef crm) {
  public Badge {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    if ((status == BadgeStatus.NOT_IN_CRM) != (crm == null)) {
      throw new IllegalArgumentException("crm must be null exactly when status is NOT_IN_CRM, got " + status);
    }
  }
}
