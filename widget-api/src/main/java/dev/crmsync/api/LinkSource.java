package dev.crmsync.api;

/** Where the link shown for a record comes from, in order of precedence. */
public enum LinkSource {
  /** A user's decision, shared by the tenant. */
  MANUAL,
  /** The matcher's decision at the last sync. */
  SYNC,
  /** Looked up now for a record not matched yet; not stored until someone confirms it. */
  LIVE
}
