package dev.crmsync.gateway.rematch;

import static dev.crmsync.gateway.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.ApiFixture;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RematchApiTest {
  private static ApiFixture api;
  private static Acme acme;
  private static String bobsColleague;

  @BeforeAll
  static void start() throws Exception {
    api = ApiFixture.start();
    acme = Acme.seed(api);
    bobsColleague = api.token(acme.acme, "Acme", "bert@acme.example");
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static JsonObject view(String recordId, String token) throws Exception {
    return api.ok("recordLink", api.get("/api/v1/records/" + recordId, bearer(token)));
  }

  private static JsonObject link(String recordId, String profileId) throws Exception {
    return api.ok("setLink", api.call(HttpMethod.PUT, "/api/v1/records/" + recordId + "/link",
        bearer(acme.acmeToken), "{\"profileId\":\"" + profileId + "\"}"));
  }

  private static String badge(String kind, String profileId) throws Exception {
    return api.ok("badges", api.call(HttpMethod.POST, "/api/v1/badges", bearer(bobsColleague),
        "{\"" + kind + "\":[\"" + profileId + "\"]}")).getJsonArray("badges").getJsonObject(0).getString("status");
  }

  @Test
  void showsTheSyncsMatchWithItsExplanationAndStaleFields() throws Exception {
    JsonObject view = view(Acme.JANE_CONTACT, acme.acmeToken);
    assertThat(view.getJsonObject("record").getString("name")).isEqualTo("Jane Doe");
    assertThat(view.getJsonObject("record").getString("url")).endsWith("/lightning/r/Contact/" + Acme.JANE_CONTACT + "/view");
    JsonObject link = view.getJsonObject("link");
    assertThat(link.getString("source")).isEqualTo("SYNC");
    assertThat(link.getString("confidence")).isEqualTo("HIGH");
    assertThat(link.getDouble("score")).isEqualTo(0.97);
    assertThat(link.getJsonObject("profile").getMap()).containsEntry("name", "Jane Doe")
        .containsEntry("company", "Northwind Traders").containsEntry("location", "Berlin, Germany");
    assertThat(link.getJsonArray("evidence").getJsonObject(0).getMap())
        .isEqualTo(Map.of("field", "email", "level", "EXACT", "weight", 4.2));
    assertThat(link.getJsonArray("staleReasons")).hasSize(1);
  }

  @Test
  void showsAReviewDecisionAsLowConfidence() throws Exception {
    JsonObject link = view(Acme.BOB_LEAD, acme.acmeToken).getJsonObject("link");
    assertThat(link.getString("decision")).isEqualTo("REVIEW");
    assertThat(link.getString("confidence")).isEqualTo("LOW");
  }

  @Test
  void showsAnOpportunityWithItsAccountsLink() throws Exception {
    JsonObject view = view(Acme.DEAL, acme.acmeToken);
    assertThat(view.getJsonObject("record").getString("object")).isEqualTo("Opportunity");
    assertThat(view.getJsonObject("subject").getString("id")).isEqualTo(Acme.NORTHWIND_ACCOUNT);
    assertThat(view.getJsonObject("link").getJsonObject("profile").getString("id")).isEqualTo("co1");
  }

  @Test
  void suggestsAProfileLiveForARecordNotMatchedYetAndLinksItOnConfirm() throws Exception {
    JsonObject suggested = view(Acme.UNMATCHED_CONTACT, acme.acmeToken).getJsonObject("link");
    assertThat(suggested.getString("source")).isEqualTo("LIVE");
    assertThat(suggested.getJsonObject("profile").getString("id")).isEqualTo("pr3");
    assertThat(suggested.getJsonArray("evidence").getJsonObject(0).getString("field")).isEqualTo("email");
    assertThat(badge("people", "pr3")).as("a suggestion is not stored").isEqualTo("NOT_IN_CRM");

    JsonObject confirmed = api.ok("confirmLink", api.call(HttpMethod.POST,
        "/api/v1/records/" + Acme.UNMATCHED_CONTACT + "/link/confirm", bearer(acme.acmeToken), null));
    assertThat(confirmed.getJsonObject("link").getString("source")).isEqualTo("MANUAL");
    assertThat(confirmed.getJsonObject("link").getString("decidedBy")).isEqualTo("alice@acme.example");
    assertThat(badge("people", "pr3")).isEqualTo("IN_CRM");
  }

  @Test
  void rematchIsStoredWithItsHistoryAndSeenByEveryUserOfTheTenant() throws Exception {
    JsonObject after = link(Acme.JANE_CONTACT.substring(0, 15), "pr4");
    assertThat(after.getJsonObject("link").getMap()).containsEntry("source", "MANUAL")
        .containsEntry("decision", "CONFIRMED").containsEntry("decidedBy", "alice@acme.example");

    JsonObject seenByColleague = view(Acme.JANE_CONTACT, bobsColleague).getJsonObject("link");
    assertThat(seenByColleague.getJsonObject("profile").getString("id")).isEqualTo("pr4");
    assertThat(badge("people", "pr4")).isEqualTo("IN_CRM");
    assertThat(badge("people", "pr1")).isEqualTo("NOT_IN_CRM");

    JsonArray history = api.ok("linkHistory", api.get("/api/v1/records/" + Acme.JANE_CONTACT + "/history",
        bearer(bobsColleague))).getJsonArray("decisions");
    assertThat(history.getJsonObject(0).getMap()).containsEntry("action", "SET").containsEntry("profileId", "pr4")
        .containsEntry("previousProfileId", "pr1").containsEntry("actor", "alice@acme.example");
  }

  @Test
  void notThisPersonRemovesTheLinkAndKeepsItFromComingBack() throws Exception {
    String dana = "00Q000000000002EAA";
    api.person("pr5", "{\"firstName\":\"Dana\",\"lastName\":\"Reed\"}", "{}");
    api.record(acme.acme, dana, "Lead", "{\"FirstName\":\"Dana\",\"LastName\":\"Reed\"}");
    api.match(acme.acme, dana, "Lead", "PERSON", "pr5", "MATCH", 0.95, "{}", "[]");
    JsonObject rejected = api.ok("rejectLink", api.call(HttpMethod.POST,
        "/api/v1/records/" + dana + "/link/reject", bearer(acme.acmeToken), null));
    assertThat(rejected.getJsonArray("rejectedProfileIds").getList()).containsExactly("pr5");
    assertThat(rejected.getValue("link")).as("pr5 is not suggested again").isNull();
    assertThat(badge("people", "pr5")).isEqualTo("NOT_IN_CRM");
    assertThat(api.error("rejectLink", 409, api.call(HttpMethod.POST,
        "/api/v1/records/" + dana + "/link/reject", bearer(acme.acmeToken), null)))
        .isEqualTo("NOTHING_TO_REJECT");
    assertThat(api.error("confirmLink", 409, api.call(HttpMethod.POST,
        "/api/v1/records/" + dana + "/link/confirm", bearer(acme.acmeToken), null)))
        .isEqualTo("NOTHING_TO_CONFIRM");
  }

  @Test
  void rematchesAnAccountFromAnAccountList() throws Exception {
    api.record(acme.acme, "001000000000003AAA", "Account", "{\"Name\":\"Contoso Northwind\"}");
    api.record(acme.acme, "001000000000004AAA", "Account", "{\"Name\":\"Contoso\"}");
    api.company("co3", "{\"id\":\"co3\",\"name\":\"Contoso\"}");
    JsonArray accounts = api.ok("searchCrmAccounts", api.get("/api/v1/crm/accounts?q=contoso",
        bearer(acme.acmeToken))).getJsonArray("items");
    assertThat(accounts.stream().map(a -> ((JsonObject) a).getString("id")).toList())
        .containsExactly("001000000000004AAA", "001000000000003AAA");

    api.ok("rematchAccount", api.call(HttpMethod.PUT, "/api/v1/companies/co3/crm-account", bearer(acme.acmeToken),
        "{\"recordId\":\"001000000000003AAA\"}"));
    JsonObject moved = api.ok("rematchAccount", api.call(HttpMethod.PUT, "/api/v1/companies/co3/crm-account",
        bearer(acme.acmeToken), "{\"recordId\":\"001000000000004AAA\"}"));
    assertThat(moved.getJsonObject("link").getJsonObject("profile").getString("name")).isEqualTo("Contoso");
    JsonObject released = view("001000000000003AAA", acme.acmeToken);
    assertThat(released.getJsonArray("rejectedProfileIds").getList())
        .as("a company links to one account: the first one lost it").containsExactly("co3");
    assertThat(api.error("rematchAccount", 400, api.call(HttpMethod.PUT, "/api/v1/companies/co3/crm-account",
        bearer(acme.acmeToken), "{\"recordId\":\"" + Acme.JANE_CONTACT + "\"}"))).isEqualTo("WRONG_OBJECT");
  }

  @Test
  void answers404ForAnotherTenantsRecords() throws Exception {
    String globex = acme.globexToken;
    api.error("recordLink", 404, api.get("/api/v1/records/" + Acme.JANE_CONTACT, bearer(globex)));
    api.error("linkHistory", 404, api.get("/api/v1/records/" + Acme.JANE_CONTACT + "/history", bearer(globex)));
    api.error("setLink", 404, api.call(HttpMethod.PUT, "/api/v1/records/" + Acme.JANE_CONTACT + "/link",
        bearer(globex), "{\"profileId\":\"pr1\"}"));
    api.error("confirmLink", 404, api.call(HttpMethod.POST, "/api/v1/records/" + Acme.JANE_CONTACT
        + "/link/confirm", bearer(globex), null));
    api.error("rematchAccount", 404, api.call(HttpMethod.PUT, "/api/v1/companies/co1/crm-account", bearer(globex),
        "{\"recordId\":\"" + Acme.NORTHWIND_ACCOUNT + "\"}"));
    assertThat(api.ok("searchCrmAccounts", api.get("/api/v1/crm/accounts?q=northwind", bearer(globex)))
        .getJsonArray("items")).isEmpty();
  }

  @Test
  void refusesBadRequests() throws Exception {
    String token = acme.acmeToken;
    api.error("recordLink", 400, api.get("/api/v1/records/not-an-id", bearer(token)));
    api.error("recordLink", 401, api.get("/api/v1/records/" + Acme.JANE_CONTACT, Map.of()));
    api.error("setLink", 400, api.call(HttpMethod.PUT, "/api/v1/records/" + Acme.DEAL + "/link", bearer(token),
        "{\"profileId\":\"co1\",\"note\":\"x\"}"));
    api.error("setLink", 400, api.call(HttpMethod.PUT, "/api/v1/records/" + Acme.DEAL + "/link", bearer(token),
        "{\"profileId\":"));
    assertThat(api.error("setLink", 404, api.call(HttpMethod.PUT, "/api/v1/records/" + Acme.BOB_LEAD + "/link",
        bearer(token), "{\"profileId\":\"co1\"}"))).as("a company is no person").isEqualTo("NO_SUCH_PROFILE");
    api.error("searchCrmAccounts", 400, api.get("/api/v1/crm/accounts", bearer(token)));
  }
}
