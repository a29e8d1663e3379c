package dev.crmsync.emulator.generate;

/** Where generated directory people and companies go. */
@FunctionalInterface
public interface DirectorySink {
  /** Drops everything: for callers that need only the CRM org. */
  DirectorySink NONE = entry -> {
  };

  void accept(DirectoryEntry entry);
}
