package dev.crmsync.gateway.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Waits for a condition that only an HTTP status endpoint can tell (a run started with 202 and no handle to
 * wait on): looks again every few milliseconds until the condition gives a value or the deadline passes.
 */
public final class Poll {
  private static final long PAUSE_MILLIS = 20;

  private Poll() {
  }

  public static <T> T until(Duration timeout, String what, Callable<Optional<T>> look) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> seen = look.call();
      if (seen.isPresent()) {
        return seen.get();
      }
      Thread.sleep(PAUSE_MILLIS);
    }
    throw new AssertionError(what + " did not happen within " + timeout);
  }
}
