package dev.crmsync.gateway.directory;

import java.io.IOException;
import java.time.Duration;

/** Turns the lines and bytes read so far into {@link ImportProgress} for the listener. */
final class ProgressClock {
  private final ProgressListener listener;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();
  private long finishedFilesBytes;
  private long records;

  ProgressClock(ProgressListener listener, long totalBytes) {
    this.listener = listener;
    this.totalBytes = totalBytes;
  }

  void recordRead() {
    records++;
  }

  void report(JsonlFile file) throws IOException {
    listener.progressed(new ImportProgress(
        file.name(), records, finishedFilesBytes + file.bytesRead(), totalBytes, elapsed()));
  }

  void finished(JsonlFile file) throws IOException {
    report(file);
    finishedFilesBytes += file.bytesRead();
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
