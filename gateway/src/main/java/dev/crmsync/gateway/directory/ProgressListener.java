package dev.crmsync.gateway.directory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Told how far an import is, on the importing thread after each batch; it should return quickly. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = progress -> { };

  void progressed(ImportProgress progress);

  /** Passes progress on to {@code listener} at most once per {@code interval}. */
  static ProgressListener atMostEvery(Duration interval, ProgressListener listener) {
    AtomicLong last = new AtomicLong(System.nanoTime());
    return progress -> {
      long now = System.nanoTime();
      if (now - last.get() >= interval.toNanos()) {
        last.set(now);
        listener.progressed(progress);
      }
    };
  }
}
