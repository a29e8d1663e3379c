package dev.crmsync.salesforce.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.salesforce.limits.UsageMeter;
import dev.crmsync.salesforce.oauth.TokenGrant;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call discipline over real HTTP, against a server scripted per test. */
class SalesforceApiTest {
  private static final String LIMIT_EXCEEDED =
      "[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]";
  private static final String SESSION_EXPIRED =
      "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

  private final Vertx vertx = Vertx.vertx();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger renewals = new AtomicInteger();
  private final UsageMeter meter = new UsageMeter();
  private Consumer<HttpServerRequest> script;
  private HttpServer server;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    server = vertx.createHttpServer().requestHandler(request -> {
      requests.incrementAndGet();
      request.response().putHeader("Sforce-Limit-Info", "api-usage=" + requests.get() + "/1000");
      script.accept(request);
    }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
    http = SalesforceApi.newHttpClient(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private SalesforceApi api(String token) {
    Session session = new Session("http://127.0.0.1:" + server.actualPort(), "005000000000001AAA", token,
        () -> {
          renewals.incrementAndGet();
          return Future.succeededFuture(new TokenGrant("fresh", Optional.empty(),
              "http://127.0.0.1:" + server.actualPort(), "00D000000000001AAA", "005000000000001AAA", Instant.now()));
        });
    ApiSettings settings = new ApiSettings("62.0", new Backoff(Duration.ofMillis(5), Duration.ofMillis(20), 4),
        Duration.ofSeconds(10));
    return new SalesforceApi(vertx, http, session, settings, meter);
  }

  private static void answer(HttpServerRequest request, int status, String body) {
    request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }

  @Test
  void anExpiredTokenIsRenewedOnceAndTheCallRepeated() throws Exception {
    script = request -> {
      boolean fresh = "Bearer fresh".equals(request.getHeader("Authorization"));
      answer(request, fresh ? 200 : 401, fresh ? "{\"ok\":true}" : SESSION_EXPIRED);
    };
    ApiResponse response = api("stale").send(ApiRequest.get("/services/data/v62.0/limits/")).await(10, TimeUnit.SECONDS);
    assertThat(response.json().getBoolean("ok")).isTrue();
    assertThat(renewals.get()).isEqualTo(1);
    assertThat(meter.calls()).isEqualTo(2);
    assertThat(meter.latest().orElseThrow().used()).isEqualTo(2);
  }

  @Test
  void aTokenRefusedAfterItsRenewalFailsInsteadOfLooping() {
    script = request -> answer(request, 401, SESSION_EXPIRED);
    assertThatThrownBy(() -> api("stale").send(ApiRequest.get("/x")).await(10, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.sessionInvalid()).isTrue());
    assertThat(renewals.get()).isEqualTo(1);
    assertThat(requests.get()).isEqualTo(2);
  }

  @Test
  void aBurstOf5xxIsRetriedWithBackoff() throws Exception {
    script = request -> answer(request, requests.get() <= 3 ? 503 : 200, requests.get() <= 3 ? "" : "{}");
    api("token").send(ApiRequest.get("/x")).await(10, TimeUnit.SECONDS);
    assertThat(requests.get()).isEqualTo(4);
  }

  @Test
  void aBurstLongerThanTheAttemptsFails() {
    script = request -> answer(request, 500, "[{\"message\":\"boom\",\"errorCode\":\"UNKNOWN_EXCEPTION\"}]");
    assertThatThrownBy(() -> api("token").send(ApiRequest.get("/x")).await(10, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.errorCode()).isEqualTo("UNKNOWN_EXCEPTION"));
    assertThat(requests.get()).isEqualTo(4);
  }

  @Test
  void aCreateIsNotRepeatedAfterA5xxSinceItMayHaveHappened() {
    script = request -> answer(request, 500, "[]");
    ApiRequest create = ApiRequest.json(HttpMethod.POST, "/services/data/v62.0/sobjects/Task/",
        new JsonObject().put("Subject", "x"), false);
    assertThatThrownBy(() -> api("token").send(create).await(10, TimeUnit.SECONDS))
        .isInstanceOf(SalesforceApiException.class);
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void theRequestLimitIsNeverRetried() {
    script = request -> answer(request, 403, LIMIT_EXCEEDED);
    assertThatThrownBy(() -> api("token").send(ApiRequest.get("/x")).await(10, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.requestLimitExceeded()).isTrue());
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void aLargeBodyStreamsToASlowReaderWithBackPressure() throws Exception {
    int chunks = 2_000;
    byte[] chunk = new byte[16 * 1024];
    script = request -> {
      request.response().setChunked(true).setStatusCode(200);
      for (int i = 0; i < chunks; i++) {
        request.response().write(io.vertx.core.buffer.Buffer.buffer(chunk));
      }
      request.response().end();
    };
    StreamedResponse response = api("token").stream(ApiRequest.get("/big")).await(10, TimeUnit.SECONDS);
    long total = 0;
    byte[] buffer = new byte[8192];
    try (InputStream body = response.body()) {
      for (int n; (n = body.read(buffer)) > 0; ) {
        total += n;
      }
    }
    assertThat(total).isEqualTo((long) chunks * chunk.length);
  }
}
