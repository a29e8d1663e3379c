package dev.crmsync.match;

import java.util.Arrays;
import java.util.Map;

/**
 * Term ids of {@link DocTerms} with their weights, for scoring many documents: each document has some twenty
 * terms, nearly all of them not among these, so a 2,048-bit filter answers most lookups, and a small open
 * addressing table the others.
 */
final class WeightedTerms {
  private static final int FILTER_WORDS = 32;
  private static final int EMPTY = -1;

  private final long[] filter = new long[FILTER_WORDS];
  private final int[] ids;
  private final float[] weights;
  private final int mask;

  /** The weights of the terms by id. */
  WeightedTerms(Map<Integer, Float> weightsById) {
    int size = Integer.highestOneBit(Math.max(1, weightsById.size()) * 4 - 1) << 1;
    this.ids = new int[size];
    this.weights = new float[size];
    this.mask = size - 1;
    Arrays.fill(ids, EMPTY);
    weightsById.forEach((id, weight) -> {
      int at = slot(id);
      while (ids[at] != EMPTY) {
        at = (at + 1) & mask;
      }
      ids[at] = id;
      weights[at] = weight;
      filter[(id >>> 6) & (FILTER_WORDS - 1)] |= 1L << id;
    });
  }

  /** The weight of a term, 0 when it is not one of these. */
  float weight(int id) {
    if ((filter[(id >>> 6) & (FILTER_WORDS - 1)] & 1L << id) == 0) {
      return 0;
    }
    for (int at = slot(id); ids[at] != EMPTY; at = (at + 1) & mask) {
      if (ids[at] == id) {
        return weights[at];
      }
    }
    return 0;
  }

  private int slot(int id) {
    return (id * 0x9E3779B9) >>> 7 & mask;
  }
}
