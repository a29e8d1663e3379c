package dev.crmsync.match.eval;

import java.util.Set;

/**
 * Known links: {@code all} are the same entity, {@code expected} the ones a one-to-one matcher should make (a
 * person's Contact rather than their Lead); a link in {@code all} but not {@code expected} is not wrong.
 */
public record Truth(Set<Link> all, Set<Link> expected) {
  public Truth {
    all = Set.copyOf(all);
    expected = Set.copyOf(expected);
  }
}
