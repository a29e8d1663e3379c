package dev.crmsync.match.eval;

/**
 * How well stale fields were told apart, over the links the matcher made correctly (a stale reason on a wrong
 * link is the link's error, counted by {@link Metrics}).
 *
 * @param reported stale reasons given on correct links
 * @param correct of those, the ones the truth lists
 * @param expected stale facts of the truth whose link was made correctly
 * @param found of those, the ones reported
 */
public record StaleMetrics(int reported, int correct, int expected, int found) {
  public double precision() {
    return reported == 0 ? 1 : correct / (double) reported;
  }

  public double recall() {
    return expected == 0 ? 1 : found / (double) expected;
  }
}
