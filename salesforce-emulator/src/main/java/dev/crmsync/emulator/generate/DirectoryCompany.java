package dev.crmsync.emulator.generate;

import java.util.List;

/** A company of the directory (data-formats.md §2). */
public record DirectoryCompany(String id, String name, String website, List<String> domains, String industry,
    Integer employeeCount, Location location) implements DirectoryEntry {
  public DirectoryCompany {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got " + id);
    }
    domains = List.copyOf(domains);
  }
}
