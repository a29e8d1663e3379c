package dev.crmsync.match;

/**
 * Decision thresholds in bits: a link is a MATCH at {@code match} or more with at least {@code margin} over the
 * runner-up, REVIEW from {@code review} up to there, and nothing below {@code review}.
 */
public record Thresholds(double match, double review, double margin) {
  /** Tuned on FEBRL4 and the generated org (see the matcher README). */
  public static final Thresholds DEFAULT = new Thresholds(12, 4, 4);

  public Thresholds {
    if (review > match) {
      throw new IllegalArgumentException("review must be <= match, got review " + review + " and match " + match);
    }
    if (margin < 0) {
      throw new IllegalArgumentException("margin must be >= 0, got " + margin);
    }
  }
}
