package dev.crmsync.emulator.generate;

/**
 * A job on a directory profile.
 *
 * @param companyId the directory company, or null when the company has no directory entry
 */
public record Position(String companyId, String companyName, String title, boolean current) {
  public Position {
    if (companyName == null || companyName.isBlank()) {
      throw new IllegalArgumentException("companyName must not be blank, got " + companyName);
    }
  }
}
