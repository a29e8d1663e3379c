package dev.crmsync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordsTest {
  private static Org org(boolean personAccounts) {
    return new Org(new OrgSettings(null, personAccounts, Map.of("Lead", List.of("Region__c")),
        Set.of(Users.INTEGRATION_USERNAME), Clock.systemUTC()));
  }

  private static Caller admin(Org org) {
    return Users.caller(org, Users.ensureIntegrationUser(org));
  }

  @Test
  void personAccountsGetAMirrorContact() {
    Org org = org(true);
    Records records = new Records(org);
    String account = records.create(admin(org), "Account", Map.of("FirstName", "Pat", "LastName", "Person",
        "PersonEmail", "pat@example.test"));
    String[] row = records.retrieve(admin(org), "Account", account);
    ObjectSchema accounts = org.table("Account").orElseThrow().schema();
    assertThat(row[accounts.column("IsPersonAccount")]).isEqualTo("true");
    assertThat(row[accounts.column("Name")]).isEqualTo("Pat Person");
    String contactId = row[accounts.column("PersonContactId")];
    String[] contact = records.retrieve(admin(org), "Contact", contactId);
    ObjectSchema contacts = org.table("Contact").orElseThrow().schema();
    assertThat(contact[contacts.column("AccountId")]).isEqualTo(account);
    assertThat(contact[contacts.column("Email")]).isEqualTo("pat@example.test");
    assertThat(contact[contacts.column("IsPersonAccount")]).isEqualTo("true");
  }

  @Test
  void orgsWithoutPersonAccountsHaveNoPersonFields() {
    Org org = org(false);
    assertThatThrownBy(() -> new Records(org).create(admin(org), "Account", Map.of("LastName", "Person")))
        .isInstanceOfSatisfying(RecordException.class, e -> assertThat(e.error().code()).isEqualTo("INVALID_FIELD"));
  }

  @Test
  void declaredCustomFieldsAreWritable() {
    Org org = org(false);
    Records records = new Records(org);
    String lead = records.create(admin(org), "Lead", Map.of("LastName", "L", "Company", "C", "Region__c", "EMEA"));
    assertThat(records.retrieve(admin(org), "Lead", lead)[org.table("Lead").orElseThrow().schema()
        .column("Region__c")]).isEqualTo("EMEA");
  }

  @Test
  void accountTeamMembersAreDeletedForGoodAndLoggedForGetDeleted() {
    Org org = org(false);
    Records records = new Records(org);
    Caller admin = admin(org);
    String account = records.create(admin, "Account", Map.of("Name", "A"));
    String member = records.create(admin, "AccountTeamMember", Map.of("AccountId", account, "UserId",
        admin.userId()));
    records.delete(admin, "AccountTeamMember", member);
    Table members = org.table("AccountTeamMember").orElseThrow();
    assertThat(org.read(() -> members.row(member))).isNull();
    assertThat(members.purged()).extracting(Table.Deletion::id).containsExactly(member);
  }

  @Test
  void everyWriteMovesSystemModstampForward() {
    Org org = org(false);
    Records records = new Records(org);
    Caller admin = admin(org);
    String lead = records.create(admin, "Lead", Map.of("LastName", "L", "Company", "C"));
    int stamp = org.table("Lead").orElseThrow().schema().column("SystemModstamp");
    String first = records.retrieve(admin, "Lead", lead)[stamp];
    records.update(admin, "Lead", lead, Map.of("Title", "T"), Optional.empty());
    String second = records.retrieve(admin, "Lead", lead)[stamp];
    assertThat(second).isGreaterThan(first);
  }
}
