package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.directory.ImportProgress;
import dev.crmsync.gateway.directory.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints import progress at most once a second: file, records, rate, share of bytes read and time left. */
final class ConsoleProgress implements ProgressListener {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter out;
  private long lastPrinted = System.nanoTime();

  ConsoleProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void progressed(ImportProgress progress) {
    long now = System.nanoTime();
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    out.printf("  %s: %,d records, %,d/s, %d%%, %s left%n", progress.file(), progress.records(),
        progress.recordsPerSecond(), progress.percent(),
        progress.timeLeft().map(ConsoleProgress::clock).orElse("unknown time"));
  }

  static String clock(Duration duration) {
    return String.format("%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
  }
}
