package dev.crmsync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFolderTest {
  @TempDir
  Path folder;

  @Test
  void readsColumnsInAnyOrderFifteenCharacterIdsCustomColumnsAndMissingFiles() throws Exception {
    Files.writeString(folder.resolve("Account.csv"), """
        Name,Id,Region__c,BillingCity
        "Acme, Inc.",001D000000IRFma,EMEA,
        """);
    Files.writeString(folder.resolve("Contact.csv"), """
        "LastName","AccountId","Description__c","Id","SystemModstamp"
        "O""Brien","001D000000IRFmaIAH","line one
        line two","003RO0000035WQg","2026-10-01T12:00:00Z"
        """);
    Org org = new Org(OrgSettings.defaults());
    assertThat(ExportFolder.load(folder, org)).isEqualTo(2);

    String[] account = org.read(() -> org.find("001D000000IRFmaIAH"));
    ObjectSchema accounts = org.table("Account").orElseThrow().schema();
    assertThat(account[accounts.column("Name")]).isEqualTo("Acme, Inc.");
    assertThat(account[accounts.column("Region__c")]).isEqualTo("EMEA");
    assertThat(account[accounts.column("BillingCity")]).isNull();
    assertThat(account[accounts.column("IsDeleted")]).isEqualTo("false");
    String[] contact = org.read(() -> org.find("003RO0000035WQg"));
    ObjectSchema contacts = org.table("Contact").orElseThrow().schema();
    assertThat(contact[contacts.column("Id")]).isEqualTo("003RO0000035WQgYAM");
    assertThat(contact[contacts.column("AccountId")]).isEqualTo("001D000000IRFmaIAH");
    assertThat(contact[contacts.column("LastName")]).isEqualTo("O\"Brien");
    assertThat(contact[contacts.column("Description__c")]).isEqualTo("line one\nline two");
    assertThat(contact[contacts.column("SystemModstamp")]).isEqualTo("2026-10-01T12:00:00.000Z");
    assertThat(contact[contacts.column("CreatedDate")]).isNotNull();
  }

  @Test
  void savesEveryRecordAndLoadsItBackTheSame() throws Exception {
    Org org = new Org(OrgSettings.defaults());
    String lead = org.insert("Lead", Map.of("LastName", "Round", "Company", "Trip, Ltd", "Street", "1 Main\nSuite 2"));
    String deleted = org.insert("Lead", Map.of("LastName", "Gone", "Company", "X", "IsDeleted", "true"));
    ExportFolder.save(org, folder);
    assertThat(folder.resolve("Lead.csv")).exists();
    assertThat(folder.resolve("Opportunity.csv")).doesNotExist();

    Org reloaded = new Org(OrgSettings.defaults());
    ExportFolder.load(folder, reloaded);
    Table leads = reloaded.table("Lead").orElseThrow();
    assertThat(leads.size()).isEqualTo(1);
    assertThat(Records.asMap(leads.schema(), reloaded.read(() -> leads.row(lead))))
        .isEqualTo(Records.asMap(leads.schema(), org.read(() -> org.table("Lead").orElseThrow().row(lead))));
    assertThat(leads.isDeleted(reloaded.read(() -> leads.row(deleted)))).isTrue();
  }
}
