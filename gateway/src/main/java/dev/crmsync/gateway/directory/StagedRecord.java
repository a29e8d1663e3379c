package dev.crmsync.gateway.directory;

import java.util.Objects;

/**
 * One valid record ready for the staging table: its canonical public profile and private contact points as
 * JSON, and the SHA-256 of both, which says whether the stored row must change.
 */
record StagedRecord(String id, String profile, String contactPoints, byte[] contentHash, long line) {
  StagedRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(contactPoints, "contactPoints");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
