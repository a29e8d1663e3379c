package dev.crmsync.match;

import java.util.HashMap;
import java.util.Map;

/** How often each value of a field occurs among the directory's entries. */
final class Frequencies {
  private final Map<String, Integer> counts = new HashMap<>();
  private int total;

  void add(String value) {
    counts.merge(value, 1, Integer::sum);
    total++;
  }

  /** The share of entries holding the value (0 for an unseen one). */
  double share(String value) {
    return total == 0 ? 0 : counts.getOrDefault(value, 0) / (double) total;
  }
}
