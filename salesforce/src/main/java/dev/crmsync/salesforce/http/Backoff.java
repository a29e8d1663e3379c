package dev.crmsync.salesforce.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: attempt {@code n} waits between half and all of
 * {@code min(max, initial * 2^n)}, so retries of many clients spread out. {@code attempts} counts every try,
 * the first included.
 */
public record Backoff(Duration initial, Duration max, int attempts) {
  public Backoff {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial must be positive, got " + initial);
    }
    if (max == null || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max must be at least initial, got " + max);
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
    }
  }

  /** The wait before retry number {@code retry} (0 for the first retry). */
  public Duration delay(int retry, RandomGenerator random) {
    long ceiling = initial.toMillis() << Math.min(retry, 30);
    long capped = Math.min(max.toMillis(), ceiling <= 0 ? max.toMillis() : ceiling);
    long half = capped / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
  }

  public boolean allowsRetry(int retry) {
    return retry + 1 < attempts;
  }
}
