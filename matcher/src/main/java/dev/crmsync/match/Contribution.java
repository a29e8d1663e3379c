package dev.crmsync.match;

import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import java.util.Objects;

/**
 * What one field added to a score: the level reached, the m and u probabilities of that level (u adjusted to the
 * agreed value's frequency when there is one) and the weight log2(m/u) in bits; 0 for a missing value.
 */
public record Contribution(Field field, Level level, String value, double m, double u, double weight) {
  public Contribution {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(level, "level");
    if (Double.isNaN(weight) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, got " + weight + " for " + field + " " + level);
    }
  }
}
