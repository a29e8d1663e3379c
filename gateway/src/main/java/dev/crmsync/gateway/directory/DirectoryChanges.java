package dev.crmsync.gateway.directory;

import java.util.List;
import java.util.Objects;

/**
 * The directory ids one committed batch of an import changed: people and companies inserted or updated (their
 * content hash differs from what was stored), and those deleted. Unchanged records never appear.
 */
public record DirectoryChanges(
    List<String> upsertedPeople, List<String> upsertedCompanies,
    List<String> deletedPeople, List<String> deletedCompanies) {

  public DirectoryChanges {
    upsertedPeople = List.copyOf(Objects.requireNonNull(upsertedPeople, "upsertedPeople"));
    upsertedCompanies = List.copyOf(Objects.requireNonNull(upsertedCompanies, "upsertedCompanies"));
    deletedPeople = List.copyOf(Objects.requireNonNull(deletedPeople, "deletedPeople"));
    deletedCompanies = List.copyOf(Objects.requireNonNull(deletedCompanies, "deletedCompanies"));
  }

  public boolean isEmpty() {
    return upsertedPeople.isEmpty() && upsertedCompanies.isEmpty()
        && deletedPeople.isEmpty() && deletedCompanies.isEmpty();
  }
}
