package dev.crmsync.emulator.faults;

import static dev.crmsync.emulator.testing.EmulatorFixture.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.bulk.BulkSettings;
import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.testing.EmulatorFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private EmulatorFixture sf;
  private String token;

  @BeforeEach
  void start() throws Exception {
    sf = EmulatorFixture.start(EmulatorConfig.defaults().withBulk(new BulkSettings(Duration.ofMillis(20), 1000)));
    token = sf.integrationToken();
    for (int i = 0; i < 10; i++) {
      sf.insert("Lead", Map.of("LastName", "L" + i, "Company", "C"));
    }
  }

  @AfterEach
  void stop() throws Exception {
    sf.close();
  }

  private JsonObject switchFaults(JsonObject change) throws Exception {
    HttpResponse<Buffer> answer = sf.send(HttpMethod.POST, "/__emulator/faults", null, change);
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(200);
    return answer.bodyAsJsonObject();
  }

  @Test
  void addsLatency() throws Exception {
    switchFaults(new JsonObject().put("latencyMillis", 300));
    long started = System.nanoTime();
    assertThat(sf.get(VERSION + "/limits", token).statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(sf.get("/__emulator/faults", null).bodyAsJsonObject().getLong("latencyMillis")).isEqualTo(300);
  }

  @Test
  void answersAShareOfCallsWithServerErrors() throws Exception {
    switchFaults(new JsonObject().put("errorRate", 1.0));
    HttpResponse<Buffer> failed = sf.get(VERSION + "/limits", token);
    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(failed.bodyAsJsonArray().getJsonObject(0).getString("errorCode")).isEqualTo("SERVER_UNAVAILABLE");
    switchFaults(new JsonObject().put("errorRate", 0.5));
    int failures = 0;
    for (int i = 0; i < 200; i++) {
      failures += sf.get(VERSION + "/limits", token).statusCode() == 503 ? 1 : 0;
    }
    assertThat(failures).isBetween(60, 140);
  }

  @Test
  void enforcesTheDailyApiLimit() throws Exception {
    switchFaults(new JsonObject().put("dailyApiLimit", 3).put("resetApiUsage", true));
    for (int i = 1; i <= 3; i++) {
      HttpResponse<Buffer> ok = sf.get(VERSION + "/limits", token);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.getHeader("Sforce-Limit-Info")).isEqualTo("api-usage=" + i + "/3");
    }
    HttpResponse<Buffer> refused = sf.get(VERSION + "/limits", token);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.bodyAsJsonArray().getJsonObject(0).getMap())
        .isEqualTo(Map.of("errorCode", "REQUEST_LIMIT_EXCEEDED", "message", "TotalRequests Limit exceeded."));
  }

  @Test
  void expiresAccessTokensNowWhileRefreshTokensKeepWorking() throws Exception {
    HttpResponse<Buffer> login = sf.form("/services/oauth2/token", Map.of("grant_type", "password",
        "client_id", sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret(),
        "username", "alice@acme.test", "password", "password"));
    String aliceToken = login.bodyAsJsonObject().getString("access_token");
    switchFaults(new JsonObject().put("expireAccessTokens", true));
    assertThat(sf.get(VERSION + "/limits", token).statusCode()).isEqualTo(401);
    assertThat(sf.get(VERSION + "/limits", aliceToken).statusCode()).isEqualTo(401);
    assertThat(sf.get(VERSION + "/limits", sf.integrationToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void truncatesResultsPagesAndFailsBulkJobs() throws Exception {
    switchFaults(new JsonObject().put("truncatedPages", 1));
    String job = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token,
        new JsonObject().put("query", "SELECT Id, LastName FROM Lead")).bodyAsJsonObject().getString("id");
    awaitState(job, "JobComplete");
    HttpResponse<Buffer> truncated = sf.get(VERSION + "/jobs/query/" + job + "/results", token);
    assertThat(truncated.getHeader("Sforce-NumberOfRecords")).isEqualTo("10");
    assertThat(truncated.bodyAsString().split("\n")).hasSizeLessThan(11);
    HttpResponse<Buffer> whole = sf.get(VERSION + "/jobs/query/" + job + "/results", token);
    assertThat(whole.bodyAsString().split("\n")).hasSize(11);

    switchFaults(new JsonObject().put("failBulkJobs", true));
    String failing = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token,
        new JsonObject().put("query", "SELECT Id FROM Lead")).bodyAsJsonObject().getString("id");
    assertThat(awaitState(failing, "Failed").getString("errorMessage")).isNotBlank();
  }

  private JsonObject awaitState(String jobId, String state) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (true) {
      JsonObject info = sf.get(VERSION + "/jobs/query/" + jobId, token).bodyAsJsonObject();
      if (info.getString("state").equals(state) || System.currentTimeMillis() > deadline) {
        assertThat(info.getString("state")).isEqualTo(state);
        return info;
      }
    }
  }
}
