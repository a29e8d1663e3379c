package dev.crmsync.match.compare;

import java.util.Arrays;
import java.util.Objects;

/**
 * The level a field comparison reached and, for an exact agreement, the agreed value (its frequency makes
 * a rare value count more than a common one).
 */
public record Outcome(Level level, String value) {
  public static final Outcome MISSING = new Outcome(Level.MISSING, null);
  public static final Outcome DIFFERENT = new Outcome(Level.DIFFERENT, null);
  /** The outcome of each level without a value, by ordinal: a run of 1M records compares 400 million fields. */
  private static final Outcome[] WITHOUT_VALUE = Arrays.stream(Level.values()).map(level -> new Outcome(level, null))
      .toArray(Outcome[]::new);

  public Outcome {
    Objects.requireNonNull(level, "level");
  }

  static Outcome of(Level level) {
    return WITHOUT_VALUE[level.ordinal()];
  }
}
