package dev.crmsync.gateway.sync;

/** What a run does: the first load, an incremental pass, or an incremental pass plus the key scans. */
enum SyncMode {
  FULL, INCREMENTAL, KEY_SCAN
}
