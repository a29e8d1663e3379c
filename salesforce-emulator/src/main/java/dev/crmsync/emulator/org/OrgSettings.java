package dev.crmsync.emulator.org;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Objects;

/**
 * What makes one org differ from another.
 *
 * @param orgId the 18-character organization id (prefix 00D), or null to mint one
 * @param personAccounts whether Person Accounts are enabled (adds the person fields to Account and Contact)
 * @param customFields custom fields ({@code X__c}, all text) declared per object, e.g. {@code Lead -> [Region__c]}
 * @param viewAllUsernames usernames whose profile has View All / Modify All Data (the integration user)
 * @param clock the clock that stamps CreatedDate, LastModifiedDate and SystemModstamp
 */
public record OrgSettings(String orgId, boolean personAccounts, Map<String, List<String>> customFields,
                          Set<String> viewAllUsernames, Clock clock) {
  public OrgSettings {
    if (orgId != null && !SalesforceIds.canonical(orgId).map(id -> id.startsWith("00D")).orElse(false)) {
      throw new IllegalArgumentException("orgId must be a 15- or 18-character id starting with 00D: " + orgId);
    }
    customFields = Map.copyOf(customFields);
    customFields.forEach((object, fields) -> fields.forEach(field -> {
      if (!field.endsWith("__c")) {
        throw new IllegalArgumentException("custom field of " + object + " must end with __c: " + field);
      }
    }));
    viewAllUsernames = viewAllUsernames.stream().map(u -> u.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
    Objects.requireNonNull(clock, "clock");
  }

  public static OrgSettings defaults() {
    return new OrgSettings(null, false, Map.of(), Set.of(Users.INTEGRATION_USERNAME), Clock.systemUTC());
  }
}
