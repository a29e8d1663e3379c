package dev.crmsync.emulator.generate;

/**
 * Ground truth: directory profile {@code profileId} shares the name of CRM record {@code crmId} but is another
 * person (other employer, other place).
 *
 * @param lookalikeOf the profile the CRM record really is, or null when that person is not in the directory
 */
public record Decoy(String profileId, String crmId, CrmObject crmObject, String lookalikeOf)
    implements TruthFact {
  public Decoy {
    if (profileId == null || crmId == null || crmObject == null) {
      throw new IllegalArgumentException("profileId, crmId and crmObject are required, got "
          + profileId + ", " + crmId + ", " + crmObject);
    }
  }
}
