package dev.crmsync.emulator.generate;

/** Where the ground truth of a generated world goes. */
public interface TruthSink {
  /** Drops everything: for callers that need no ground truth. */
  TruthSink NONE = new TruthSink() {
    @Override
    public void link(TruthLink link) {
    }

    @Override
    public void stale(StaleFact fact) {
    }

    @Override
    public void decoy(Decoy decoy) {
    }
  };

  void link(TruthLink link);

  void stale(StaleFact fact);

  void decoy(Decoy decoy);
}
