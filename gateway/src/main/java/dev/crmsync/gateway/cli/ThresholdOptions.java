package dev.crmsync.gateway.cli;

import dev.crmsync.match.Thresholds;
import picocli.CommandLine.Option;

/** The decision thresholds of the batch commands, defaulting to the product's. */
final class ThresholdOptions {
  @Option(names = "--match-threshold", description = "Bits for a MATCH (default: the product's).")
  Double match;

  @Option(names = "--review-threshold", description = "Bits for a REVIEW (default: the product's).")
  Double review;

  @Option(names = "--margin", description = "Bits a MATCH must lead its runner-up by (default: the product's).")
  Double margin;

  Thresholds thresholds() {
    Thresholds defaults = Thresholds.DEFAULT;
    return new Thresholds(match == null ? defaults.match() : match, review == null ? defaults.review() : review,
        margin == null ? defaults.margin() : margin);
  }
}
