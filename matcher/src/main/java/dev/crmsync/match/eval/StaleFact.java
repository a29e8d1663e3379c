package dev.crmsync.match.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * A field of a CRM record that the truth knows to be out of date against its profile: {@code company},
 * {@code title} or {@code location}, the names the matcher's stale reasons use.
 */
public record StaleFact(String crmId, String profileId, String field) {
  public StaleFact {
    Objects.requireNonNull(crmId, "crmId");
    Objects.requireNonNull(profileId, "profileId");
    field = field.toLowerCase(Locale.ROOT);
  }
}
