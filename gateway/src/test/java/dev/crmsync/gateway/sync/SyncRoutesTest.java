package dev.crmsync.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.Gateway;
import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.testing.Poll;
import dev.crmsync.gateway.testing.TestPostgres;
import dev.crmsync.salesforce.oauth.TokenCipher;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin's sync and connection endpoints over HTTP, on a real database. */
class SyncRoutesTest {
  private static final String ADMIN = "admin-token-for-tests-0123";
  private static Database database;
  private static Gateway gateway;
  private static WebClient client;
  private static UUID tenant;

  @BeforeAll
  static void start() throws Exception {
    database = Database.start(TestPostgres.newDatabase());
    gateway = Gateway.start(ConfigLoader.fromMap(Map.of("http.port", "0", "operator.token", ADMIN,
        "salesforce.client.id", "consumer-key", "secrets.token.key", TokenCipher.newBase64Key(),
        "sync.scheduler", "false")), database);
    client = WebClient.create(gateway.vertx(),
        new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gateway.port()));
    try (Connection connection = database.openConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO tenant (name) VALUES ('Acme') RETURNING id");
         ResultSet rs = insert.executeQuery()) {
      rs.next();
      tenant = rs.getObject(1, UUID.class);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    database.close();
  }

  @Test
  void adminEndpointsWantTheAdminToken() throws Exception {
    HttpResponse<Buffer> response = client.get("/admin/sync/tenants/" + tenant).send().await(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("UNAUTHORIZED");
    HttpResponse<Buffer> wrong = client.get("/admin/sync/tenants/" + tenant).bearerTokenAuthentication("nope")
        .send().await(10, TimeUnit.SECONDS);
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void statusOfATenantThatNeverSynced() throws Exception {
    JsonObject status = send(HttpMethod.GET, "/admin/sync/tenants/" + tenant, null).bodyAsJsonObject();
    assertThat(status.getInteger("intervalSeconds")).isEqualTo(600);
    assertThat(status.getString("lastSyncedAt")).isNull();
    assertThat(status.getJsonArray("runs")).isEmpty();
    assertThat(status.getBoolean("running")).isFalse();
  }

  @Test
  void unknownTenantsAndMalformedIdsAreClearErrors() throws Exception {
    assertThat(send(HttpMethod.GET, "/admin/sync/tenants/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
    HttpResponse<Buffer> malformed = send(HttpMethod.POST, "/admin/sync/tenants/nope/run", null);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.bodyAsJsonObject().getString("message")).contains("'nope'");
  }

  @Test
  void syncNowWithoutAConnectionFailsAsARunWithTheReason() throws Exception {
    HttpResponse<Buffer> started = send(HttpMethod.POST, "/admin/sync/tenants/" + tenant + "/run", null);
    assertThat(started.statusCode()).isEqualTo(202);
    JsonObject status = awaitRun();
    assertThat(status.getString("status")).isEqualTo("FAILED");
    assertThat(status.getString("error")).contains("no Salesforce connection");
  }

  @Test
  void theFieldMappingTakesCustomFieldsOfSyncedObjectsOnly() throws Exception {
    JsonObject mapping = new JsonObject().put("Lead", new JsonArray().add("Region__c").add("Tier__c"));
    JsonObject saved = send(HttpMethod.PUT, "/admin/sync/tenants/" + tenant + "/field-mapping", mapping)
        .bodyAsJsonObject();
    assertThat(saved.getJsonArray("Lead")).containsExactly("Region__c", "Tier__c");

    assertThat(send(HttpMethod.PUT, "/admin/sync/tenants/" + tenant + "/field-mapping",
        new JsonObject().put("Task", new JsonArray().add("X__c"))).statusCode()).isEqualTo(400);
    HttpResponse<Buffer> standard = send(HttpMethod.PUT, "/admin/sync/tenants/" + tenant + "/field-mapping",
        new JsonObject().put("Lead", new JsonArray().add("Email; DROP")));
    assertThat(standard.statusCode()).isEqualTo(400);
    assertThat(standard.bodyAsJsonObject().getString("message")).contains("__c");
  }

  @Test
  void theIntervalIsPerTenantAndAtLeastAMinute() throws Exception {
    String path = "/admin/sync/tenants/" + tenant + "/interval";
    assertThat(send(HttpMethod.PUT, path, new JsonObject().put("seconds", 5)).statusCode()).isEqualTo(400);
    assertThat(send(HttpMethod.PUT, path, new JsonObject().put("seconds", 900)).statusCode()).isEqualTo(200);
    assertThat(send(HttpMethod.GET, "/admin/sync/tenants/" + tenant, null).bodyAsJsonObject()
        .getInteger("intervalSeconds")).isEqualTo(900);
    send(HttpMethod.PUT, path, new JsonObject().put("seconds", 600));
  }

  @Test
  void connectingAnOrgStartsAnAuthorizationWithPkce() throws Exception {
    HttpResponse<Buffer> response = send(HttpMethod.POST, "/admin/salesforce/tenants/" + tenant + "/connect",
        new JsonObject().put("host", "sandbox"));
    assertThat(response.statusCode()).isEqualTo(200);
    String url = response.bodyAsJsonObject().getString("authorizeUrl");
    assertThat(url).startsWith("https://test.salesforce.com/services/oauth2/authorize?response_type=code")
        .contains("client_id=consumer-key", "code_challenge=", "code_challenge_method=S256", "state=");
  }

  @Test
  void aCallbackWithAnUnknownStateOrADenialIsRefused() throws Exception {
    HttpResponse<Buffer> unknown = client.get("/oauth/salesforce/callback?code=abc&state=forged").send()
        .await(10, TimeUnit.SECONDS);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.bodyAsJsonObject().getString("code")).isEqualTo("INVALID_STATE");
    HttpResponse<Buffer> denied = client.get("/oauth/salesforce/callback?error=access_denied&state=x").send()
        .await(10, TimeUnit.SECONDS);
    assertThat(denied.bodyAsJsonObject().getString("code")).isEqualTo("ACCESS_DENIED");
  }

  private static JsonObject awaitRun() throws Exception {
    return Poll.until(Duration.ofSeconds(20), "the sync run finishing", () -> {
      JsonObject status = send(HttpMethod.GET, "/admin/sync/tenants/" + tenant, null).bodyAsJsonObject();
      JsonArray runs = status.getJsonArray("runs");
      boolean finished = !runs.isEmpty() && !"RUNNING".equals(runs.getJsonObject(0).getString("status"))
          && !status.getBoolean("running");
      return finished ? Optional.of(runs.getJsonObject(0)) : Optional.empty();
    });
  }

  private static HttpResponse<Buffer> send(HttpMethod method, String path, JsonObject body) throws Exception {
    var request = client.request(method, path).bearerTokenAuthentication(ADMIN);
    return (body == null ? request.send() : request.sendJsonObject(body)).await(10, TimeUnit.SECONDS);
  }
}
