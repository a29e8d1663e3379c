package dev.crmsync.match.eval;

import java.util.Set;

/**
 * Known links: {@code all} are the same entity, {@code expected} the ones a one-to-one matcher should make (a
 * person's Contact rather than their Lead); a link in {@code all} but not {@code expected} is not wrong.
 * {@code stale}: the fields of linked records known to be out of date (none where the data does not say).
 */
public record Truth(Set<Link> all, Set<Link> expected, Set<StaleFact> stale) {
  public Truth {
    all = Set.copyOf(all);
    expected = Set.copyOf(expected);
    stale = Set.copyOf(stale);
  }
}
