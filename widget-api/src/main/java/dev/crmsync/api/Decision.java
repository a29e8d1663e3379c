package dev.crmsync.api;

import java.time.Instant;
import java.util.Objects;

/** A manual decision on a record's link: who did what, when, and what the link was before. */
public record Decision(String action, ProfileKind profileKind, String profileId, String previousProfileId,
    String actor, Instant at) {
  public Decision {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(profileKind, "profileKind");
    Objects.requireNonNull(profileId, "profileId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
