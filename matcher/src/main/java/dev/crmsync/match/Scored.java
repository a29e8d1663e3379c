package dev.crmsync.match;

import java.util.List;
import java.util.function.Supplier;

/**
 * A candidate profile scored against a CRM entry: the total in bits and the contributions that add up to it.
 * The contributions of a ranked candidate are worked out again when asked for: a run holds millions of
 * candidates and explains one per record, so keeping them all would cost gigabytes for nothing.
 */
public final class Scored {
  private final String profileId;
  private final double score;
  private final Supplier<List<Contribution>> contributions;

  /** A candidate with its contributions at hand. */
  public Scored(String profileId, double score, List<Contribution> contributions) {
    this(profileId, score, fixed(List.copyOf(contributions)));
  }

  /** A candidate whose contributions are worked out (again) on each call of {@link #contributions()}. */
  Scored(String profileId, double score, Supplier<List<Contribution>> contributions) {
    this.profileId = profileId;
    this.score = score;
    this.contributions = contributions;
  }

  private static Supplier<List<Contribution>> fixed(List<Contribution> contributions) {
    return () -> contributions;
  }

  public String profileId() {
    return profileId;
  }

  public double score() {
    return score;
  }

  public List<Contribution> contributions() {
    return contributions.get();
  }

  @Override
  public String toString() {
    return "Scored[" + profileId + ", " + score + "]";
  }
}
