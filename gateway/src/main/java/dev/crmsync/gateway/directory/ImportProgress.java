package dev.crmsync.gateway.directory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an import is: the file being read, the lines read so far over all files, and the bytes read of all
 * the files' total size, from which the rate and the time left follow.
 */
public record ImportProgress(String file, long records, long bytesRead, long totalBytes, Duration elapsed) {

  public ImportProgress {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(elapsed, "elapsed");
    if (records < 0 || bytesRead < 0 || totalBytes < 0) {
      throw new IllegalArgumentException("records, bytesRead and totalBytes must be >= 0, got "
          + records + ", " + bytesRead + ", " + totalBytes);
    }
  }

  public long recordsPerSecond() {
    long millis = elapsed.toMillis();
    return millis == 0 ? 0 : records * 1000 / millis;
  }

  /** The time left if the rest of the bytes go at the rate so far; empty before anything was read. */
  public Optional<Duration> timeLeft() {
    if (bytesRead == 0) {
      return Optional.empty();
    }
    long left = Math.max(0, totalBytes - bytesRead);
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * ((double) left / bytesRead))));
  }

  public int percent() {
    return totalBytes == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
  }
}
