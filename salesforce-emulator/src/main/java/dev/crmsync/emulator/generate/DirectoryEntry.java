package dev.crmsync.emulator.generate;

/** What a directory holds: people and companies. */
public sealed interface DirectoryEntry permits DirectoryPerson, DirectoryCompany {
  String id();
}
