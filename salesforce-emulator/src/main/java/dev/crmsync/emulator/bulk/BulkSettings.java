package dev.crmsync.emulator.bulk;

import java.time.Duration;

/**
 * How Bulk query jobs behave.
 *
 * @param stepDelay how long a job stays in each state before moving on (UploadComplete, then InProgress)
 * @param defaultPageSize rows per results page when the client gives no maxRecords
 */
public record BulkSettings(Duration stepDelay, int defaultPageSize) {
  public BulkSettings {
    if (stepDelay.isNegative()) {
      throw new IllegalArgumentException("stepDelay must not be negative: " + stepDelay);
    }
    if (defaultPageSize < 1) {
      throw new IllegalArgumentException("defaultPageSize must be positive: " + defaultPageSize);
    }
  }

  public static BulkSettings defaults() {
    return new BulkSettings(Duration.ofMillis(200), 50_000);
  }
}
