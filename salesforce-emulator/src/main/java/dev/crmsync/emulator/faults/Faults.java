package dev.crmsync.emulator.faults;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The faults in force, switchable at run time, and the day's API usage they limit. Random failures come from a
 * seeded generator, so a run with the same settings and calls fails the same calls.
 */
public final class Faults {
  private final AtomicReference<FaultSettings> settings;
  private final AtomicLong apiCalls = new AtomicLong();
  private final Random random;

  public Faults(FaultSettings initial, long seed) {
    this.settings = new AtomicReference<>(initial);
    this.random = new Random(seed);
  }

  public FaultSettings current() {
    return settings.get();
  }

  public FaultSettings update(UnaryOperator<FaultSettings> change) {
    return settings.updateAndGet(change);
  }

  /** Whether this call is one of the failing share. */
  public boolean drawServerError() {
    double rate = settings.get().errorRate();
    if (rate <= 0) {
      return false;
    }
    synchronized (random) {
      return random.nextDouble() < rate;
    }
  }

  /** Whether the next results page is to be cut short; counts it down. */
  public boolean takeTruncation() {
    FaultSettings before = settings.getAndUpdate(s -> s.truncatedPages() == 0 ? s
        : new FaultSettings(s.latencyMillis(), s.errorRate(), s.dailyApiLimit(), s.truncatedPages() - 1,
            s.failBulkJobs()));
    return before.truncatedPages() > 0;
  }

  /** Counts an API call; returns the count including it. */
  public long countApiCall() {
    return apiCalls.incrementAndGet();
  }

  public long apiCalls() {
    return apiCalls.get();
  }

  public void resetApiCalls() {
    apiCalls.set(0);
  }
}
