package dev.crmsync.salesforce.bulk;

import java.time.Duration;

/**
 * How a job is watched: polls start at {@code initial} and double up to {@code max}, since every poll costs an
 * API call; a job still running after {@code timeout} is given up on.
 */
public record PollSettings(Duration initial, Duration max, Duration timeout) {
  public PollSettings {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial must be positive, got " + initial);
    }
    if (max == null || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max must be at least initial, got " + max);
    }
    if (timeout == null || timeout.compareTo(max) < 0) {
      throw new IllegalArgumentException("timeout must be at least max, got " + timeout);
    }
  }

  public static PollSettings defaults() {
    return new PollSettings(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofHours(2));
  }

  /** The wait before poll number {@code poll} (0 for the first). */
  Duration delay(int poll) {
    long millis = initial.toMillis() << Math.min(poll, 20);
    return Duration.ofMillis(Math.min(max.toMillis(), millis));
  }
}
