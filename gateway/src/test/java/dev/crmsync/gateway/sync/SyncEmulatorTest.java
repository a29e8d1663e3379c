package dev.crmsync.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.salesforce.http.ApiRequest;
import dev.crmsync.salesforce.http.SalesforceApi;
import dev.crmsync.salesforce.limits.UsageMeter;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Full and incremental syncs of an emulated org over HTTP, into PostgreSQL. */
class SyncEmulatorTest {
  private SyncFixture fixture;

  @BeforeEach
  void start() throws Exception {
    fixture = SyncFixture.start(40);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aFullLoadLandsEveryRowOfEveryObject() throws Exception {
    RunResult result = fixture.sync();

    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(fixture.lastRun("mode")).isEqualTo("FULL");
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
    JsonObject counts = new JsonObject(fixture.lastRun("object_counts::text"));
    assertThat(counts.getJsonObject("Contact").getLong("inserted")).isEqualTo(120);
    assertThat(Long.parseLong(fixture.lastRun("api_calls"))).isPositive();
    String street = fixture.storedRows().stream().filter(row -> row.contains("Lead 0\""))
        .findFirst().orElseThrow();
    assertThat(street).contains("Line one, \\\"quoted\\\"\\nline two");
  }

  @Test
  void anIncrementalSyncAppliesExactlyTheChangesAndDeletes() throws Exception {
    fixture.sync();
    fixture.changes.clear();
    List<String> contacts = fixture.liveIds("Contact");
    Set<String> changed = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String id = contacts.get(i);
      fixture.emulator.org().patch("Contact", id, Map.of("Title", "Head of Buying " + i));
      changed.add(id);
    }
    List<String> leads = fixture.liveIds("Lead");
    Set<String> deleted = new HashSet<>();
    SalesforceApi api = adminApi();
    for (int i = 0; i < 10; i++) {
      api.send(ApiRequest.delete("/services/data/v62.0/sobjects/Lead/" + leads.get(i))).await(10, TimeUnit.SECONDS);
      deleted.add(leads.get(i));
    }

    RunResult result = fixture.sync();

    assertThat(result.status()).isEqualTo("SUCCEEDED");
    JsonObject counts = new JsonObject(fixture.lastRun("object_counts::text"));
    assertThat(counts.getJsonObject("Contact").getLong("updated")).isEqualTo(100);
    assertThat(counts.getJsonObject("Lead").getLong("deleted")).isEqualTo(10);
    long untouched = counts.stream().filter(e -> !e.getKey().equals("Contact") && !e.getKey().equals("Lead"))
        .mapToLong(e -> ((JsonObject) e.getValue()).getLong("inserted") + ((JsonObject) e.getValue()).getLong("updated")
            + ((JsonObject) e.getValue()).getLong("deleted"))
        .sum();
    assertThat(untouched).isZero();
    assertThat(fixture.changes).flatExtracting(ChangeSet::changedIds).containsExactlyInAnyOrderElementsOf(changed);
    assertThat(fixture.changes).flatExtracting(ChangeSet::deletedIds).containsExactlyInAnyOrderElementsOf(deleted);
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
  }

  @Test
  void hardDeletedTeamMembersGoAtTheKeyScan() throws Exception {
    fixture.sync();
    List<String> members = fixture.liveIds("AccountTeamMember");
    fixture.emulator.org().purge("AccountTeamMember", members.get(0));
    fixture.emulator.org().purge("AccountTeamMember", members.get(1));

    fixture.sync();
    assertThat(fixture.storedCounts().get("AccountTeamMember")).isEqualTo(members.size());

    RunResult scan = fixture.syncRun(Checkpoints.NONE).run(fixture.tenantId, true);
    assertThat(scan.status()).isEqualTo("SUCCEEDED");
    assertThat(fixture.lastRun("mode")).isEqualTo("KEY_SCAN");
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
    assertThat(new JsonObject(fixture.lastRun("object_counts::text")).getJsonObject("AccountTeamMember")
        .getLong("deleted")).isEqualTo(2);
  }

  @Test
  void aRowWithAnUnusableIdIsRecordedAndTheRunGoesOn() throws Exception {
    fixture.emulator.org().insert("Lead", Map.of("Id", "00Q-not-an-id-0000", "LastName", "Broken",
        "Company", "X"));

    RunResult result = fixture.sync();

    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(new JsonObject(fixture.lastRun("object_counts::text")).getJsonObject("Lead").getLong("rejected"))
        .isEqualTo(1);
    assertThat(fixture.storedCounts().get("Lead")).isEqualTo(fixture.emulatorCounts().get("Lead") - 1);
  }

  private SalesforceApi adminApi() throws Exception {
    return fixture.access.api(fixture.access.syncSession(fixture.tenantId).await(10, TimeUnit.SECONDS),
        new UsageMeter());
  }
}
