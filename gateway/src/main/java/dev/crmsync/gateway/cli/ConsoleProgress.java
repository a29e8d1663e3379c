package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.directory.ImportProgress;
import dev.crmsync.gateway.directory.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints import progress once a second: file, records, rate, share of bytes read and time left. */
final class ConsoleProgress {
  private ConsoleProgress() {
  }

  static ProgressListener to(PrintWriter out) {
    return ProgressListener.atMostEvery(Duration.ofSeconds(1), progress -> print(out, progress));
  }

  private static void print(PrintWriter out, ImportProgress progress) {
    out.printf("  %s: %,d records, %,d/s, %d%%, %s left%n", progress.file(), progress.records(),
        progress.recordsPerSecond(), progress.percent(),
        progress.timeLeft().map(ConsoleProgress::clock).orElse("unknown time"));
  }

  private static String clock(Duration duration) {
    return String.format("%d:%02d:%02d", duration.toHours(), duration.toMinutesPart(), duration.toSecondsPart());
  }
}
