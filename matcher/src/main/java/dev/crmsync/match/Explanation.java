package dev.crmsync.match;

import java.util.List;

/**
 * Why a decision was taken: each field's contribution (their weights add up to {@code total}), the thresholds
 * it was held against, the runner-up (null when there was none) and notes on assignment and overrides.
 */
public record Explanation(List<Contribution> contributions, double total, Thresholds thresholds, RunnerUp runnerUp,
    List<String> notes) {
  public Explanation {
    contributions = List.copyOf(contributions);
    notes = List.copyOf(notes);
  }

  /** The explanation of a manual link the model did not propose: no contributions, only the note. */
  static Explanation manual(Thresholds thresholds, String note) {
    return new Explanation(List.of(), 0, thresholds, null, List.of(note));
  }
}
