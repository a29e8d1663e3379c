package dev.crmsync.emulator.bulk;

/** The states of a Bulk API 2.0 query job; the last three are final. */
enum JobState {
  UploadComplete, InProgress, JobComplete, Failed, Aborted;

  boolean isFinal() {
    return this == JobComplete || this == Failed || this == Aborted;
  }

  /** The name JOB_NOT_COMPLETE messages use, e.g. {@code IN_PROGRESS}. */
  String constantName() {
    return name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
