package dev.crmsync.gateway.sync;

/**
 * Points inside a sync where a test may stop the process, as a crash would: after each row read, and just before
 * each commit. The product runs with {@link #NONE}.
 */
interface Checkpoints {
  Checkpoints NONE = new Checkpoints() {
  };

  default void rowRead(String sobject, long rowsOfObject) {
  }

  default void beforeCommit(String sobject) {
  }
}
