package dev.crmsync.emulator.generate;

import dev.crmsync.emulator.org.SalesforceIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrgGeneratorTest {
  private static final GeneratorSpec SMALL = GeneratorSpec.forTotal(42, 4_000, null);
  private static final CapturedWorld WORLD = CapturedWorld.of(SMALL);
  /** Fields holding the id of another record, with the object it must be. */
  private static final Map<String, List<CrmObject>> REFERENCES = Map.of(
      "AccountId", List.of(CrmObject.ACCOUNT), "ContactId", List.of(CrmObject.CONTACT),
      "OpportunityId", List.of(CrmObject.OPPORTUNITY), "OwnerId", List.of(CrmObject.USER),
      "UserId", List.of(CrmObject.USER), "ManagerId", List.of(CrmObject.USER),
      "UserRoleId", List.of(CrmObject.USER_ROLE), "ParentRoleId", List.of(CrmObject.USER_ROLE),
      "ParentId", List.of(CrmObject.ACCOUNT), "ConvertedAccountId", List.of(CrmObject.ACCOUNT));

  @Test
  void sameSeedGivesTheSameWorldAndAnotherSeedAnother() {
    CapturedWorld again = CapturedWorld.of(SMALL);
    assertThat(again.rows).isEqualTo(WORLD.rows);
    assertThat(again.people).isEqualTo(WORLD.people);
    assertThat(again.links).isEqualTo(WORLD.links);

    CapturedWorld other = CapturedWorld.of(GeneratorSpec.forTotal(43, 4_000, null));
    assertThat(other.rows).isNotEqualTo(WORLD.rows);
  }

  @Test
  void countsComeCloseToTheSpec() {
    Map<String, Long> counts = WORLD.counts.crmRecords();
    assertThat(counts.get("Contact")).isCloseTo(SMALL.contacts(), within((long) (SMALL.contacts() * 0.15)));
    assertThat(counts.get("Lead")).isCloseTo(SMALL.leads(), within((long) (SMALL.leads() * 0.15)));
    assertThat(counts.get("Account")).isCloseTo(SMALL.accounts(), within((long) (SMALL.accounts() * 0.2)));
    assertThat(counts.get("Opportunity"))
        .isCloseTo(SMALL.opportunities(), within((long) (SMALL.opportunities() * 0.2)));
    assertThat(counts.get("User")).isEqualTo(SMALL.users());
    assertThat(counts.get("OpportunityContactRole")).isPositive();
    assertThat(counts.get("AccountTeamMember")).isPositive();
    assertThat(WORLD.counts.crmTotal()).isCloseTo(4_000, within(600L));
    assertThat((long) WORLD.people.size()).isEqualTo(WORLD.counts.directoryPeople())
        .isCloseTo(SMALL.directoryPeople(), within((long) (SMALL.directoryPeople() * 0.15)));
  }

  @Test
  void theWorldIsMultinational() {
    assertThat(WORLD.companies.values()).extracting(company -> company.location().country()).contains(
        "United States", "United Kingdom", "Germany", "France", "India", "Brazil", "Australia", "Canada");
    assertThat(WORLD.companies.values()).extracting(DirectoryCompany::name)
        .anyMatch(name -> name.endsWith(" GmbH")).anyMatch(name -> name.endsWith(" Inc."))
        .anyMatch(name -> name.endsWith(" Ltd"));
    assertThat(WORLD.people.values()).extracting(DirectoryPerson::lastName).anyMatch(name -> !Text.isAscii(name));
    assertThat(WORLD.people.values()).flatExtracting(DirectoryPerson::positions).extracting(Position::title)
        .contains("Geschäftsführer");
  }

  @Test
  void everyIdIsAValidEighteenCharacterIdWithItsObjectsKeyPrefix() {
    Set<String> ids = new HashSet<>();
    for (CapturedWorld.Row row : WORLD.rows) {
      String id = row.get("Id");
      CrmObject object = CrmObject.of(row.sobject());
      assertThat(id).hasSize(18).startsWith(object.keyPrefix());
      assertThat(SalesforceIds.isValid(id)).as(id).isTrue();
      assertThat(ids.add(id)).as("unique " + id).isTrue();
    }
  }

  @Test
  void everyReferencePointsToARecordOfTheRightObjectWrittenBefore() {
    assertThat(referencesResolve(WORLD)).isGreaterThan(WORLD.rows.size());
  }

  static Stream<GeneratorSpec> unusualSpecs() {
    return Stream.of(GeneratorSpec.forTotal(1, 100, null),
        new GeneratorSpec(2, 8, 1, 300, 0, 5, 50, NoiseRates.REALISTIC),
        new GeneratorSpec(3, 8, 50, 0, 500, 0, 2_000, NoiseRates.REALISTIC),
        new GeneratorSpec(4, 20, 30, 100, 100, 40, 1, NoiseRates.NONE));
  }

  @ParameterizedTest
  @MethodSource("unusualSpecs")
  void tinyAndLopsidedSpecsStillGiveConsistentOrgs(GeneratorSpec spec) {
    CapturedWorld world = CapturedWorld.of(spec);
    assertThat(world.counts.crmRecords().get("Account")).isPositive();
    assertThat(referencesResolve(world)).isPositive();
    if (spec.contacts() > 0) {
      assertThat(world.counts.crmRecords().get("Contact")).isPositive();
    }
    assertThat(world.links).allSatisfy(link -> assertThat(world.people.containsKey(link.profileId())
        || world.companies.containsKey(link.profileId())).isTrue());
  }

  /** Checks every reference of the world's records; returns how many there are. */
  private static int referencesResolve(CapturedWorld world) {
    Map<String, CrmObject> seen = new java.util.HashMap<>();
    int checked = 0;
    for (CapturedWorld.Row row : world.rows) {
      for (Map.Entry<String, List<CrmObject>> reference : REFERENCES.entrySet()) {
        String target = row.get(reference.getKey());
        if (target != null) {
          assertThat(seen.get(target)).as(row.sobject() + "." + reference.getKey() + " " + target)
              .isIn(reference.getValue());
          checked++;
        }
      }
      seen.put(row.get("Id"), CrmObject.of(row.sobject()));
    }
    return checked;
  }

  @Test
  void convertedLeadsPointAtTheirContactAndItsAccount() {
    Map<String, CapturedWorld.Row> byId = WORLD.byId();
    List<CapturedWorld.Row> converted = WORLD.rows(CrmObject.LEAD).stream()
        .filter(lead -> "true".equals(lead.get("IsConverted"))).toList();
    assertThat(converted).isNotEmpty();
    for (CapturedWorld.Row lead : converted) {
      CapturedWorld.Row contact = byId.get(lead.get("ConvertedContactId"));
      assertThat(contact.get("AccountId")).isEqualTo(lead.get("ConvertedAccountId"));
      assertThat(lead.get("ConvertedDate")).matches("\\d{4}-\\d{2}-\\d{2}");
      String opportunity = lead.get("ConvertedOpportunityId");
      if (opportunity != null) {
        assertThat(byId.get(opportunity).get("AccountId")).isEqualTo(lead.get("ConvertedAccountId"));
      }
    }
    assertThat(converted).anyMatch(lead -> lead.get("ConvertedOpportunityId") != null);
  }

  @Test
  void contactRolesJoinContactsOfTheOpportunitysAccount() {
    Map<String, CapturedWorld.Row> byId = WORLD.byId();
    for (CapturedWorld.Row role : WORLD.rows(CrmObject.OPPORTUNITY_CONTACT_ROLE)) {
      assertThat(byId.get(role.get("ContactId")).get("AccountId"))
          .isEqualTo(byId.get(role.get("OpportunityId")).get("AccountId"));
    }
  }

  @Test
  void rolesFormOneTreeAndManagersSitInTheParentRole() {
    Map<String, CapturedWorld.Row> byId = WORLD.byId();
    assertThat(WORLD.rows(CrmObject.USER_ROLE)).filteredOn(role -> role.get("ParentRoleId") == null).hasSize(1);
    for (CapturedWorld.Row user : WORLD.rows(CrmObject.USER)) {
      String manager = user.get("ManagerId");
      if (manager != null) {
        String parentRole = byId.get(user.get("UserRoleId")).get("ParentRoleId");
        assertThat(byId.get(manager).get("UserRoleId")).isEqualTo(parentRole);
      }
    }
  }

  @Test
  void timestampsAreOrderedAndInBulkFormat() {
    for (CapturedWorld.Row row : WORLD.rows) {
      String created = row.get("CreatedDate");
      String modified = row.get("LastModifiedDate");
      String modstamp = row.get("SystemModstamp");
      assertThat(modified).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z");
      assertThat(modstamp).isGreaterThanOrEqualTo(modified);
      if (created != null) {
        assertThat(modified).isGreaterThanOrEqualTo(created);
      }
    }
  }

  @Test
  void groundTruthReferencesExistingRecordsAndProfiles() {
    Map<String, CapturedWorld.Row> byId = WORLD.byId();
    for (TruthLink link : WORLD.links) {
      assertThat(byId.get(link.crmId())).as(link.toString()).isNotNull()
          .extracting(CapturedWorld.Row::sobject).isEqualTo(link.crmObject().apiName());
      Map<String, ?> profiles = link.crmObject() == CrmObject.ACCOUNT ? WORLD.companies : WORLD.people;
      assertThat(profiles).as(link.toString()).containsKey(link.profileId());
    }
    for (StaleFact fact : WORLD.stale) {
      assertThat(byId).containsKey(fact.crmId());
      assertThat(WORLD.people).containsKey(fact.profileId());
    }
    for (Decoy decoy : WORLD.decoys) {
      DirectoryPerson namesake = WORLD.people.get(decoy.profileId());
      assertThat(byId).containsKey(decoy.crmId());
      assertThat(decoy.profileId()).isNotEqualTo(decoy.lookalikeOf());
      if (decoy.lookalikeOf() != null) {
        DirectoryPerson real = WORLD.people.get(decoy.lookalikeOf());
        assertThat(namesake.firstName()).isEqualTo(real.firstName());
        assertThat(namesake.lastName()).isEqualTo(real.lastName());
      }
    }
    assertThat(WORLD.decoys).isNotEmpty();
    assertThat(WORLD.stale).extracting(StaleFact::field).contains("employer", "title", "location");
  }

  @Test
  void aCrmRecordIsAtMostOneProfileAndEachProfilePrefersOneRecord() {
    Set<String> crmIds = new HashSet<>();
    Map<String, Long> preferredPerProfile = new java.util.HashMap<>();
    for (TruthLink link : WORLD.links) {
      assertThat(crmIds.add(link.crmId())).as(link.crmId()).isTrue();
      if (link.preferred()) {
        preferredPerProfile.merge(link.profileId(), 1L, Long::sum);
      }
    }
    assertThat(preferredPerProfile.values()).allMatch(count -> count == 1);
    Set<String> linkedProfiles = new HashSet<>();
    WORLD.links.forEach(link -> linkedProfiles.add(link.profileId()));
    assertThat(preferredPerProfile.keySet()).isEqualTo(linkedProfiles);
  }

  @Test
  void aPersonWithAContactAndALeadPrefersTheContact() {
    Map<String, List<TruthLink>> byProfile = new java.util.HashMap<>();
    WORLD.personLinks().forEach(link ->
        byProfile.computeIfAbsent(link.profileId(), k -> new java.util.ArrayList<>()).add(link));
    List<List<TruthLink>> both = byProfile.values().stream().filter(links -> links.size() > 1).toList();
    assertThat(both).isNotEmpty();
    for (List<TruthLink> links : both) {
      assertThat(links).filteredOn(TruthLink::preferred).singleElement()
          .extracting(TruthLink::crmObject).isEqualTo(CrmObject.CONTACT);
    }
  }

  @Test
  void duplicateAccountsAreLinkedToTheirCompanyButNotPreferred() {
    List<TruthLink> duplicates = WORLD.links.stream().filter(link -> link.noise().contains("duplicate")).toList();
    assertThat(duplicates).isNotEmpty().allMatch(Predicate.not(TruthLink::preferred));
  }
}
