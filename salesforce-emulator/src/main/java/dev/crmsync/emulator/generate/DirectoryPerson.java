package dev.crmsync.emulator.generate;

import java.util.List;

/**
 * A person of the directory (data-formats.md §2). Emails and phones are private matching evidence.
 */
public record DirectoryPerson(String id, String firstName, String lastName, String headline,
    List<Position> positions, List<String> emails, List<String> phones, Location location)
    implements DirectoryEntry {
  public DirectoryPerson {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got " + id);
    }
    positions = List.copyOf(positions);
    emails = List.copyOf(emails);
    phones = List.copyOf(phones);
  }
}
