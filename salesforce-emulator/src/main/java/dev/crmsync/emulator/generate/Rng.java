package dev.crmsync.emulator.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's source of randomness: one stream per (seed, purpose, index), so that any company or person
 * can be rebuilt on its own, in any order, with the same result.
 */
final class Rng {
  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The stream for one thing: {@code purpose} keeps streams of different kinds of things apart. */
  static Rng of(long seed, long purpose, long index) {
    return new Rng(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (purpose + 1)) + index));
  }

  /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
  static long mix(long value) {
    long z = value + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A uniform int in {@code [0, bound)}. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A uniform int in {@code [from, to]}. */
  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  double nextDouble() {
    return random.nextDouble();
  }

  double gaussian() {
    return random.nextGaussian();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** {@code length} random decimal digits. */
  String digits(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }
}
