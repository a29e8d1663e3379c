package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.DatabaseConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A benchmark's temporary folder, with room for a scratch embedded PostgreSQL: deleted at the end, or kept and
 * its path printed.
 */
final class ScratchSpace implements AutoCloseable {
  private final Path root;
  private final boolean keep;
  private final PrintWriter out;

  private ScratchSpace(Path root, boolean keep, PrintWriter out) {
    this.root = root;
    this.keep = keep;
    this.out = out;
  }

  static ScratchSpace create(String prefix, boolean keep, PrintWriter out) throws IOException {
    return new ScratchSpace(Files.createTempDirectory(prefix), keep, out);
  }

  Path root() {
    return root;
  }

  /** An embedded PostgreSQL in the folder, with a pool of the given size. */
  DatabaseConfig database(int poolSize) {
    return new DatabaseConfig(Optional.empty(), "postgres", "", root.resolve("postgres"), 0, poolSize);
  }

  /** Seconds since a {@link System#nanoTime()} reading. */
  static double secondsSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  @Override
  public void close() throws IOException {
    if (keep) {
      out.println("kept " + root);
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
