package dev.crmsync.emulator.generate;

/** One fact of the ground truth of a generated world. */
public sealed interface TruthFact permits TruthLink, StaleFact, Decoy {
}
