package dev.crmsync.emulator.generate;

/** Where the ground truth of a generated world goes. */
@FunctionalInterface
public interface TruthSink {
  /** Drops everything: for callers that need no ground truth. */
  TruthSink NONE = fact -> {
  };

  void accept(TruthFact fact);
}
