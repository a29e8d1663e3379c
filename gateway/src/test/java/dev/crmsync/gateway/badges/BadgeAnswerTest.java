package dev.crmsync.gateway.badges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.api.Badge;
import dev.crmsync.api.BadgeStatus;
import dev.crmsync.api.Badges;
import dev.crmsync.api.CrmRef;
import dev.crmsync.api.ProfileIds;
import dev.crmsync.api.ProfileKind;
import dev.crmsync.gateway.badges.CrmLinks.ProfileLink;
import io.vertx.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeAnswerTest {
  private static String jackson(List<ProfileLink> links) {
    return Json.encode(new Badges(links.stream()
        .map(link -> new Badge(link.kind(), link.id(), BadgeAnswer.status(link), link.staleReasons(), link.crm()))
        .toList()));
  }

  @Test
  void writesWhatJacksonWritesForTheBadgesRecords() {
    List<ProfileLink> links = List.of(
        CrmLinks.unlinked(ProfileKind.PERSON, "p-1"),
        CrmLinks.linked(ProfileKind.PERSON, "p-2", "Contact", "003000000000001AAA", "https://acme.my.salesforce.com/",
            List.of()),
        CrmLinks.linked(ProfileKind.COMPANY, "c:3", "Account", "001000000000002AAA", "https://acme.my.salesforce.com",
            List.of("Title is \"Buyer\" in the CRM; the profile says Head\\of Procurement",
                "now at Zürich AG \u0001")),
        CrmLinks.linked(ProfileKind.PERSON, "p_4", "Lead", "00Q000000000003AAA", null, List.of("no longer at Acme")));

    assertThat(BadgeAnswer.of(links).toString()).isEqualTo(jackson(links));
  }

  @Test
  void writesAnEmptyAnswer() {
    assertThat(BadgeAnswer.of(List.of()).toString()).isEqualTo(jackson(List.of())).isEqualTo("{\"badges\":[]}");
  }

  @Test
  void quotesRecordFieldsThatNeedEscaping() {
    List<ProfileLink> links = List.of(new ProfileLink(ProfileKind.PERSON, "p-5",
        new CrmRef("Custom\"Object__c", "a00000000000005AAA", "https://x.example/é?a=\"b\""),
        List.of("Company is Zürich? in the CRM", "Company is 東京 € in the CRM")));

    assertThat(BadgeAnswer.of(links).toString()).isEqualTo(jackson(links));
  }

  @Test
  void writesLinksHeldInMemoryAsJacksonWritesThem() {
    for (String instance : new String[] {"https://acme.my.salesforce.com/", null}) {
      TenantLinks links = new TenantLinks.Builder(instance, 4)
          .put(ProfileKind.PERSON, "p-1", new TenantLinks.Link("Contact", "003000000000001AAA", List.of()))
          .put(ProfileKind.PERSON, "p-2", new TenantLinks.Link("Lead", "00Q000000000002AAA",
              List.of("Title is \"Buyer\" in the CRM", "now at Zürich € AG")))
          .put(ProfileKind.COMPANY, "c-1", new TenantLinks.Link("Account", "001000000000003AAA", List.of()))
          .build();
      links.apply(CrmLinks.linked(ProfileKind.PERSON, "p-3", "Contact", "003000000000004AAA", instance,
          List.of("no longer at Acme")));
      links.apply(CrmLinks.unlinked(ProfileKind.PERSON, "p-1"));
      ProfileIds ids = new ProfileIds(List.of("p-1", "p-2", "p-3", "p-9"), List.of("c-1", "c-2"));

      List<ProfileLink> expected = new ArrayList<>();
      ids.people().forEach(id -> expected.add(links.lookup(ProfileKind.PERSON, id)));
      ids.companies().forEach(id -> expected.add(links.lookup(ProfileKind.COMPANY, id)));
      assertThat(links.badges(ids).toString()).as("instance %s", instance).isEqualTo(jackson(expected));
      assertThat(expected).extracting(BadgeAnswer::status).containsExactly(BadgeStatus.NOT_IN_CRM,
          BadgeStatus.OUT_OF_DATE, BadgeStatus.OUT_OF_DATE, BadgeStatus.NOT_IN_CRM, BadgeStatus.IN_CRM,
          BadgeStatus.NOT_IN_CRM);
    }
  }
}
