package dev.crmsync.emulator.generate;

import java.util.List;

/**
 * Ground truth: CRM record {@code crmId} is directory profile {@code profileId}.
 *
 * @param preferred whether this is the record the product should link the profile to when the profile has
 *     several (a person's Contact over their Lead or converted Lead; an account over its duplicates)
 * @param noise what was done to the CRM record's copy of the profile's data, as tags (see the README)
 */
public record TruthLink(String profileId, String crmId, CrmObject crmObject, boolean preferred,
    List<String> noise) implements TruthFact {
  public TruthLink {
    if (profileId == null || crmId == null || crmObject == null) {
      throw new IllegalArgumentException("profileId, crmId and crmObject are required, got "
          + profileId + ", " + crmId + ", " + crmObject);
    }
    noise = List.copyOf(noise);
  }
}
