package dev.crmsync.match;

import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.Level;
import dev.crmsync.match.compare.Outcome;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A Fellegi-Sunter model: for each compared field and level, m (probability of the level among true matches)
 * and u (among non-matches); exact agreements use the agreed value's own frequency as u, floored, so that
 * "smith" counts less than a rare name. Immutable; built by {@link ModelEstimator}.
 */
public final class Model {
  private final List<Field> fields;
  private final Map<Field, Map<Level, Double>> m;
  private final Map<Field, Map<Level, Double>> u;
  private final Map<Field, Frequencies> frequencies;
  private final double uFloor;
  /**
   * The weight of each field and level where u is the level's own (not an agreed value's frequency), by ordinals,
   * NaN where m or u lacks the level: a run of 1M records looks weights up hundreds of millions of times.
   */
  private final double[][] levelWeights;

  Model(List<Field> fields, Map<Field, Map<Level, Double>> m, Map<Field, Map<Level, Double>> u,
      Map<Field, Frequencies> frequencies, double uFloor) {
    this.fields = List.copyOf(fields);
    this.m = new EnumMap<>(m);
    this.u = new EnumMap<>(u);
    this.frequencies = new EnumMap<>(frequencies);
    this.uFloor = uFloor;
    this.levelWeights = levelWeights(this.m, this.u);
  }

  private static double[][] levelWeights(Map<Field, Map<Level, Double>> m, Map<Field, Map<Level, Double>> u) {
    double[][] weights = new double[Field.values().length][Level.values().length];
    for (double[] byLevel : weights) {
      Arrays.fill(byLevel, Double.NaN);
    }
    m.forEach((field, levels) -> levels.forEach((level, mLevel) -> {
      Double uLevel = u.getOrDefault(field, Map.of()).get(level);
      if (uLevel != null) {
        weights[field.ordinal()][level.ordinal()] = log2(mLevel / uLevel);
      }
    }));
    return weights;
  }

  /** The fields this model compares, in explanation order. */
  public List<Field> fields() {
    return fields;
  }

  /** The contribution of one field's outcome. */
  public Contribution contribution(Field field, Outcome outcome) {
    Level level = outcome.level();
    if (isNoEvidence(level)) {
      return new Contribution(field, level, null, 1, 1, 0);
    }
    double mLevel = m(field, level);
    double uLevel = u(field, outcome);
    return new Contribution(field, level, outcome.value(), mLevel, uLevel, log2(mLevel / uLevel));
  }

  /** The weight of one field's outcome: {@link #contribution}'s, without building it. */
  double weight(Field field, Outcome outcome) {
    if (isNoEvidence(outcome.level())) {
      return 0;
    }
    double levelWeight = levelWeights[field.ordinal()][outcome.level().ordinal()];
    return Double.isNaN(levelWeight) || outcome.value() != null && frequencies.containsKey(field)
        ? log2(m(field, outcome.level()) / u(field, outcome)) : levelWeight;
  }

  private static boolean isNoEvidence(Level level) {
    return level == Level.MISSING || level == Level.IMPLIED;
  }

  private double m(Field field, Level level) {
    return m.get(field).get(level);
  }

  private double u(Field field, Outcome outcome) {
    Frequencies values = frequencies.get(field);
    return outcome.value() != null && values != null ? Math.max(values.share(outcome.value()), uFloor)
        : u.get(field).get(outcome.level());
  }

  /** m of every level of every field, for reports. */
  public Map<Field, Map<Level, Double>> m() {
    return m;
  }

  /** u of every level of every field (before value frequencies), for reports. */
  public Map<Field, Map<Level, Double>> u() {
    return u;
  }

  Model withM(Map<Field, Map<Level, Double>> newM) {
    return new Model(fields, newM, u, frequencies, uFloor);
  }

  static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }
}
