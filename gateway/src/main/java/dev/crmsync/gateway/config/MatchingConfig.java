package dev.crmsync.gateway.config;

import dev.crmsync.match.Thresholds;
import java.nio.file.Path;
import java.util.Objects;

/** Where the Lucene indexes of the matcher live, and the thresholds of its decisions. */
public record MatchingConfig(Path indexDir, Thresholds thresholds) {
  public MatchingConfig {
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(thresholds, "thresholds");
  }
}
