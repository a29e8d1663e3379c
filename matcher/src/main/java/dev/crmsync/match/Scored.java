package dev.crmsync.match;

import dev.crmsync.index.entry.Entry;
import java.util.List;

/**
 * A candidate profile scored against a CRM entry: the total in bits and the contributions that add up to it.
 * The contributions of a ranked candidate are worked out again when asked for: a run holds millions of
 * candidates and explains one per record, so keeping them all would cost gigabytes for nothing (and so would a
 * function per candidate to work them out: a ranked candidate keeps the pair and its scorer instead).
 */
public final class Scored {
  private final String profileId;
  private final double score;
  private final List<Contribution> contributions;
  private final Scorer scorer;
  private final Entry crm;
  private final Entry profile;

  /** A candidate with its contributions at hand. */
  public Scored(String profileId, double score, List<Contribution> contributions) {
    this(profileId, score, List.copyOf(contributions), null, null, null);
  }

  /** A candidate whose contributions {@code scorer} works out (again) on each call of {@link #contributions()}. */
  Scored(Scorer scorer, Entry crm, Entry profile, double score) {
    this(profile.id(), score, null, scorer, crm, profile);
  }

  private Scored(String profileId, double score, List<Contribution> contributions, Scorer scorer, Entry crm,
      Entry profile) {
    this.profileId = profileId;
    this.score = score;
    this.contributions = contributions;
    this.scorer = scorer;
    this.crm = crm;
    this.profile = profile;
  }

  public String profileId() {
    return profileId;
  }

  public double score() {
    return score;
  }

  public List<Contribution> contributions() {
    return contributions != null ? contributions : scorer.contributions(crm, profile);
  }

  @Override
  public String toString() {
    return "Scored[" + profileId + ", " + score + "]";
  }
}
