package dev.crmsync.api;

import java.util.Objects;

/** The profile a CRM record is to be linked to. */
public record LinkTarget(String profileId) {
  public LinkTarget {
    Objects.requireNonNull(profileId, "profileId");
  }
}
