package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import dev.crmsync.match.compare.Comparators;
import dev.crmsync.match.compare.Field;
import dev.crmsync.match.compare.FieldValues;
import dev.crmsync.match.compare.Level;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Estimates a {@link Model} from the data to be matched, without labels: u of each level from random
 * (CRM, directory) pairs, which are almost all non-matches; exact-value frequencies from the directory; m from
 * {@link Priors}, refined on the pairs a first pass linked with confidence ({@link #refit}).
 */
public final class ModelEstimator {
  /** Random pairs drawn to estimate u; enough to see levels with a probability of 1e-4 a few times. */
  static final int SAMPLE_PAIRS = 60_000;
  /** Smallest u of an exact value: caps what one rare value can add at about 13 bits. */
  static final double U_FLOOR = 1e-4;
  /**
   * Before any data, a non-match is assumed to agree on a field at any one level with this probability, weighed
   * as {@link #PRIOR_U_PAIRS} random pairs: keeps u sensible when a field is rarely filled in.
   */
  static final double PRIOR_U_AGREE = 0.001;
  static final double PRIOR_U_PAIRS = 100;
  /** How many confident pairs the priors weigh as in {@link #refit}. */
  static final double PRIOR_PAIRS = 200;

  private final Comparators comparators;

  public ModelEstimator(Comparators comparators) {
    this.comparators = comparators;
  }

  /** The model for people (when {@code people}) or for companies, estimated on these entries. */
  public Model estimate(boolean people, List<Entry> crm, List<Entry> directory, long seed) {
    List<Field> fields = people ? Priors.PERSON_FIELDS : Priors.COMPANY_FIELDS;
    Map<Field, Map<Level, Double>> m = people ? Priors.person() : Priors.company();
    return new Model(fields, m, estimateU(fields, m, crm, directory, seed), frequencies(fields, directory),
        U_FLOOR);
  }

  /**
   * The model with m re-estimated from the contributions of confidently linked pairs (one hard EM step): level
   * counts among those pairs, smoothed by the current m weighted as {@link #PRIOR_PAIRS} pairs.
   */
  public Model refit(Model model, Collection<List<Contribution>> linkedPairs) {
    Map<Field, Map<Level, Double>> counts = new EnumMap<>(Field.class);
    for (List<Contribution> pair : linkedPairs) {
      for (Contribution contribution : pair) {
        if (contribution.level() != Level.MISSING && contribution.level() != Level.IMPLIED) {
          counts.computeIfAbsent(contribution.field(), f -> new EnumMap<>(Level.class))
              .merge(contribution.level(), 1.0, Double::sum);
        }
      }
    }
    Map<Field, Map<Level, Double>> m = new EnumMap<>(Field.class);
    model.m().forEach((field, levels) -> {
      Map<Level, Double> seen = counts.getOrDefault(field, Map.of());
      double n = seen.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<Level, Double> refit = new EnumMap<>(Level.class);
      levels.forEach((level, prior) ->
          refit.put(level, (seen.getOrDefault(level, 0.0) + PRIOR_PAIRS * prior) / (n + PRIOR_PAIRS)));
      m.put(field, refit);
    });
    return model.withM(m);
  }

  private Map<Field, Map<Level, Double>> estimateU(List<Field> fields, Map<Field, Map<Level, Double>> m,
      List<Entry> crm, List<Entry> directory, long seed) {
    Map<Field, Map<Level, Double>> counts = new EnumMap<>(Field.class);
    fields.forEach(f -> counts.put(f, new EnumMap<>(Level.class)));
    if (!crm.isEmpty() && !directory.isEmpty()) {
      Random random = new Random(seed);
      for (int i = 0; i < SAMPLE_PAIRS; i++) {
        Entry left = crm.get(random.nextInt(crm.size()));
        Entry right = directory.get(random.nextInt(directory.size()));
        for (Field field : fields) {
          counts.get(field).merge(comparators.compare(field, left, right).level(), 1.0, Double::sum);
        }
      }
    }
    Map<Field, Map<Level, Double>> u = new EnumMap<>(Field.class);
    for (Field field : fields) {
      Map<Level, Double> seen = counts.get(field);
      double known = seen.entrySet().stream()
          .filter(e -> e.getKey() != Level.MISSING && e.getKey() != Level.IMPLIED)
          .mapToDouble(Map.Entry::getValue).sum();
      Map<Level, Double> levels = new EnumMap<>(Level.class);
      int agreeing = m.get(field).size() - 1;
      m.get(field).keySet().forEach(level -> {
        double prior = level == Level.DIFFERENT ? 1 - agreeing * PRIOR_U_AGREE : PRIOR_U_AGREE;
        levels.put(level, (seen.getOrDefault(level, 0.0) + PRIOR_U_PAIRS * prior) / (known + PRIOR_U_PAIRS));
      });
      u.put(field, levels);
    }
    return u;
  }

  private static Map<Field, Frequencies> frequencies(List<Field> fields, List<Entry> directory) {
    Map<Field, Frequencies> frequencies = new EnumMap<>(Field.class);
    for (Field field : fields) {
      Frequencies values = new Frequencies();
      directory.forEach(entry -> FieldValues.of(field, entry).forEach(values::add));
      frequencies.put(field, values);
    }
    return frequencies;
  }
}
