package dev.crmsync.match;

import java.util.List;

/** A candidate profile scored against a CRM entry: the total in bits and the contributions that add up to it. */
public record Scored(String profileId, double score, List<Contribution> contributions) {
  public Scored {
    contributions = List.copyOf(contributions);
  }
}
