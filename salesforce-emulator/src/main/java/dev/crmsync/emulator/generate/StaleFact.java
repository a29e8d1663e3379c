package dev.crmsync.emulator.generate;

/**
 * Ground truth: the CRM record holds an out-of-date value of one of the profile's facts.
 *
 * @param field {@code employer}, {@code title} or {@code location}
 */
public record StaleFact(String crmId, CrmObject crmObject, String profileId, String field, String crmValue,
    String currentValue) implements TruthFact {
  public StaleFact {
    if (crmId == null || profileId == null || field == null) {
      throw new IllegalArgumentException("crmId, profileId and field are required, got "
          + crmId + ", " + profileId + ", " + field);
    }
  }
}
