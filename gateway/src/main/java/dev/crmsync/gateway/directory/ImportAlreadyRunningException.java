package dev.crmsync.gateway.directory;

/** Another directory import holds the lock (in this process or another node); imports run one at a time. */
public final class ImportAlreadyRunningException extends RuntimeException {
  ImportAlreadyRunningException() {
    super("another directory import is running; try again when it has finished", null, false, false);
  }
}
