package dev.crmsync.emulator.rest;

import static dev.crmsync.emulator.testing.EmulatorFixture.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.testing.EmulatorFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VisibilityTest {
  private static EmulatorFixture sf;
  private static String aliceAccount;
  private static String sharedAccount;
  private static String aliceLead;
  private static String bobLead;
  private static String sharedContact;

  @BeforeAll
  static void start() throws Exception {
    sf = EmulatorFixture.start();
    aliceAccount = sf.insert("Account", Map.of("Name", "Alice Only", "OwnerId", sf.alice));
    sharedAccount = sf.insert("Account", Map.of("Name", "Shared", "OwnerId", sf.alice));
    sf.insert("AccountTeamMember", Map.of("AccountId", sharedAccount, "UserId", sf.bob,
        "AccountAccessLevel", "Read", "ContactAccessLevel", "Edit", "OpportunityAccessLevel", "None"));
    sharedContact = sf.insert("Contact", Map.of("LastName", "OnShared", "AccountId", sharedAccount, "OwnerId",
        sf.alice));
    sf.insert("Opportunity", Map.of("Name", "Hidden deal", "AccountId", sharedAccount, "OwnerId", sf.alice,
        "StageName", "Prospecting", "CloseDate", "2026-12-01"));
    aliceLead = sf.insert("Lead", Map.of("LastName", "A", "Company", "C", "OwnerId", sf.alice));
    bobLead = sf.insert("Lead", Map.of("LastName", "B", "Company", "C", "OwnerId", sf.bob));
  }

  @AfterAll
  static void stop() throws Exception {
    sf.close();
  }

  private static List<String> ids(String soql, String token) throws Exception {
    return sf.query(soql, token).bodyAsJsonObject().getJsonArray("records").stream()
        .map(r -> ((JsonObject) r).getString("Id")).toList();
  }

  @Test
  void ownersSeeTheirOwnRecordsAndTeamMembersTheirAccounts() throws Exception {
    String bob = sf.token("bob@acme.test");
    assertThat(ids("SELECT Id FROM Lead", bob)).containsExactly(bobLead);
    assertThat(ids("SELECT Id FROM Account", bob)).containsExactly(sharedAccount);
    assertThat(ids("SELECT Id FROM Contact", bob)).containsExactly(sharedContact);
    assertThat(ids("SELECT Id FROM Opportunity", bob)).isEmpty();
    assertThat(ids("SELECT Id FROM Account", sf.token("alice@acme.test")))
        .containsExactlyInAnyOrder(aliceAccount, sharedAccount);
    assertThat(ids("SELECT Id FROM Lead WHERE LastName IN ('A', 'B')", sf.integrationToken()))
        .containsExactlyInAnyOrder(aliceLead, bobLead);
    assertThat(sf.get(VERSION + "/sobjects/Lead/" + aliceLead, bob).statusCode()).isEqualTo(404);
  }

  @Test
  void bulkQueriesSeeWhatTheirCreatorSees() throws Exception {
    String bob = sf.token("bob@acme.test");
    String job = sf.send(HttpMethod.POST, VERSION + "/jobs/query", bob, new JsonObject().put("operation", "query")
        .put("query", "SELECT Id FROM Lead")).bodyAsJsonObject().getString("id");
    long deadline = System.currentTimeMillis() + 10_000;
    String state = "";
    while (!state.equals("JobComplete") && System.currentTimeMillis() < deadline) {
      state = sf.get(VERSION + "/jobs/query/" + job, bob).bodyAsJsonObject().getString("state");
    }
    assertThat(sf.get(VERSION + "/jobs/query/" + job + "/results", bob).bodyAsString())
        .isEqualTo("\"Id\"\n\"" + bobLead + "\"\n");
    assertThat(sf.get(VERSION + "/jobs/query/" + job, sf.token("alice@acme.test")).statusCode()).isEqualTo(404);
  }

  @Test
  void managersSeeWhatUsersInRolesBelowThemOwn() throws Exception {
    String vp = sf.insert("UserRole", Map.of("Name", "VP Sales"));
    String rep = sf.insert("UserRole", Map.of("Name", "Rep", "ParentRoleId", vp));
    String junior = sf.insert("UserRole", Map.of("Name", "Junior Rep", "ParentRoleId", rep));
    sf.insert("User", Map.of("Username", "vera@acme.test", "LastName", "Vp", "Email", "vera@acme.test",
        "UserRoleId", vp));
    String carl = sf.insert("User", Map.of("Username", "carl@acme.test", "LastName", "Rep", "Email", "carl@acme.test",
        "UserRoleId", junior));
    String carlsLead = sf.insert("Lead", Map.of("LastName", "Carls", "Company", "C", "OwnerId", carl));
    String vera = sf.token("vera@acme.test");
    assertThat(ids("SELECT Id FROM Lead WHERE LastName = 'Carls'", vera)).containsExactly(carlsLead);
    assertThat(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Lead/" + carlsLead, vera,
        new JsonObject().put("Title", "x")).statusCode()).isEqualTo(204);
    assertThat(ids("SELECT Id FROM Lead WHERE LastName = 'Carls'", sf.token("bob@acme.test"))).isEmpty();
  }

  @Test
  void writesNeedEditAccess() throws Exception {
    String bob = sf.token("bob@acme.test");
    HttpResponse<Buffer> refused = sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Lead/" + aliceLead, bob,
        new JsonObject().put("Title", "x"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.bodyAsJsonArray().getJsonObject(0).getString("errorCode"))
        .isEqualTo("INSUFFICIENT_ACCESS_OR_READONLY");
    assertThat(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Account/" + sharedAccount, bob,
        new JsonObject().put("Industry", "x")).statusCode()).isEqualTo(400);
    assertThat(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Contact/" + sharedContact, bob,
        new JsonObject().put("Title", "x")).statusCode()).isEqualTo(204);
    HttpResponse<Buffer> created = sf.send(HttpMethod.POST, VERSION + "/sobjects/Task", bob,
        new JsonObject().put("Subject", "InMail").put("WhoId", sharedContact));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject task = sf.get(VERSION + "/sobjects/Task/" + created.bodyAsJsonObject().getString("id"), bob)
        .bodyAsJsonObject();
    assertThat(task.getString("OwnerId")).isEqualTo(sf.bob);
  }
}
