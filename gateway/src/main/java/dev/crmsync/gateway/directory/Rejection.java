package dev.crmsync.gateway.directory;

import java.util.Objects;

/**
 * A line of a directory file that was skipped, with why. The reason names fields and types, never values, so
 * that it can be shown and logged without leaking private contact points.
 */
public record Rejection(String file, long line, String reason) {
  public Rejection {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, got " + line);
    }
  }
}
