package dev.crmsync.gateway.auth;

import static dev.crmsync.gateway.testing.ApiFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.Acme;
import dev.crmsync.gateway.testing.ApiFixture;
import dev.crmsync.gateway.testing.Poll;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthApiTest {
  private static Vertx vertx;
  private static FakeSalesforceLogin salesforce;
  private static ApiFixture api;
  private static Acme acme;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    salesforce = FakeSalesforceLogin.start(vertx, Acme.ACME_ORG);
    api = ApiFixture.start(Map.of("salesforce.login.host", salesforce.url(), "salesforce.client.id", "cid",
        "salesforce.client.secret", "csecret"));
    acme = Acme.seed(api);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
    salesforce.close();
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private static JsonObject me(Map<String, String> headers) throws Exception {
    return api.ok("whoAmI", api.get("/api/v1/me", headers));
  }

  @Test
  void acceptsLiveApiKeysStoredOnlyAsHashes() throws Exception {
    String key = "csk_" + "k".repeat(43);
    api.sql("INSERT INTO api_key (tenant_id, name, key_hash) VALUES (?, 'crm-import', decode(?, 'hex'))",
        acme.acme, HexFormat.of().formatHex(ApiKeys.hash(key)));
    JsonObject caller = me(Map.of("X-API-Key", key));
    assertThat(caller.getMap()).containsEntry("via", "API_KEY").containsEntry("actor", "api-key:crm-import")
        .containsEntry("tenantId", acme.acme.toString());
    try (Connection connection = api.database().openConnection();
         ResultSet keys = connection.createStatement().executeQuery("SELECT key_hash FROM api_key")) {
      keys.next();
      assertThat(new String(keys.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("kkkk");
    }
    me(Map.of("X-API-Key", key));
    api.sql("UPDATE api_key SET revoked_at = now()");
    // every node hears of the revocation through api_key_changed and stops taking the key it took before
    Poll.until(Duration.ofSeconds(10), "the revoked key is refused",
        () -> Optional.of(api.get("/api/v1/me", Map.of("X-API-Key", key)).statusCode()).filter(s -> s == 401));
    api.error("whoAmI", 401, api.get("/api/v1/me", Map.of("X-API-Key", key)));
  }

  @Test
  void stopsTheKeysOfATenantOnceItIsDisconnected() throws Exception {
    String key = "csk_" + "i".repeat(43);
    api.sql("INSERT INTO tenant (id, name) VALUES ('00000000-0000-0000-0000-00000000beef', 'Initech')");
    api.sql("INSERT INTO api_key (tenant_id, name, key_hash) VALUES ('00000000-0000-0000-0000-00000000beef', "
        + "'sync', decode(?, 'hex'))", HexFormat.of().formatHex(ApiKeys.hash(key)));
    assertThat(me(Map.of("X-API-Key", key)).getString("tenantName")).isEqualTo("Initech");
    me(Map.of("X-API-Key", key));

    api.sql("UPDATE tenant SET disconnected_at = now() WHERE name = 'Initech'");

    Poll.until(Duration.ofSeconds(10), "the disconnected tenant's key is refused",
        () -> Optional.of(api.get("/api/v1/me", Map.of("X-API-Key", key)).statusCode()).filter(s -> s == 401));
  }

  @Test
  void refusesForgedExpiredAndMisdirectedTokens() throws Exception {
    api.error("whoAmI", 401, api.get("/api/v1/me", bearer(token(ApiFixture.SECRET, "crm-sync-api", -60))));
    api.error("whoAmI", 401, api.get("/api/v1/me", bearer(token(ApiFixture.SECRET, "crm-sync-api", 0))));
    api.error("whoAmI", 401, api.get("/api/v1/me", bearer(token("another-secret-of-enough-length-000000",
        "crm-sync-api", 600))));
    api.error("whoAmI", 401, api.get("/api/v1/me", bearer(token(ApiFixture.SECRET, "crm-sync-login", 600))));
    api.error("whoAmI", 401, api.get("/api/v1/me", Map.of("Authorization", "Basic YTpi")));
    assertThat(me(bearer(token(ApiFixture.SECRET, "crm-sync-api", 600))).getString("actor")).isEqualTo("eve");
  }

  /** A token expiring in the given seconds from now; 0 means one with no expiry at all. */
  private static String token(String secret, String audience, int expiresIn) {
    JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret)));
    JsonObject claims = new JsonObject().put("sub", "eve").put("tid", acme.acme.toString())
        .put("tnm", "Acme").put("via", "SESSION");
    if (expiresIn != 0) {
      claims.put("exp", System.currentTimeMillis() / 1000 + expiresIn);
    }
    return jwt.generateToken(claims, new JWTOptions().setIssuer("crm-sync").addAudience(audience));
  }

  @Test
  void exchangesACanvasSignedRequestForAWidgetToken() throws Exception {
    String signed = CanvasRequests.sign(Acme.CANVAS_SECRET,
        CanvasRequests.envelope(Acme.ACME_ORG, "005000000000007AAA", "wendy@acme.example", Acme.JANE_CONTACT));
    HttpResponse<Buffer> answer = api.form("/auth/canvas", MultiMap.caseInsensitiveMultiMap().add("signed_request",
        signed));
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonObject caller = me(bearer(answer.bodyAsJsonObject().getString("token")));
    assertThat(caller.getMap()).containsEntry("via", "WIDGET").containsEntry("actor", "wendy@acme.example");

    HttpResponse<Buffer> asJson = api.call(HttpMethod.POST, "/auth/canvas", Map.of(),
        new JsonObject().put("signedRequest", signed).encode());
    assertThat(asJson.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesCanvasRequestsNotSignedWithTheTenantsSecret() throws Exception {
    String forged = CanvasRequests.sign("not-the-consumer-secret-at-all",
        CanvasRequests.envelope(Acme.ACME_ORG, "005000000000007AAA", "mallory", Acme.JANE_CONTACT));
    String noApp = CanvasRequests.sign(Acme.CANVAS_SECRET,
        CanvasRequests.envelope(Acme.GLOBEX_ORG, "005000000000007AAA", "mallory", Acme.JANE_CONTACT));
    String tampered = CanvasRequests.sign(Acme.CANVAS_SECRET,
        CanvasRequests.envelope(Acme.ACME_ORG, "005000000000007AAA", "wendy", Acme.JANE_CONTACT)).split("\\.")[0]
        + "." + CanvasRequests.sign("x".repeat(20),
        CanvasRequests.envelope(Acme.ACME_ORG, "005000000000007AAA", "admin", Acme.JANE_CONTACT)).split("\\.")[1];
    for (String signed : new String[] {forged, noApp, tampered, "garbage", "a.b"}) {
      HttpResponse<Buffer> answer = api.form("/auth/canvas", MultiMap.caseInsensitiveMultiMap()
          .add("signed_request", signed));
      assertThat(answer.statusCode()).as(signed).isEqualTo(401);
      assertThat(answer.bodyAsJsonObject().getString("code")).isEqualTo("UNAUTHORIZED");
    }
  }

  @Test
  void signsSeatHoldersInWithSalesforceUsingPkce() throws Exception {
    HttpResponse<Buffer> login = api.get("/auth/login?returnTo=/widget?recordId=" + Acme.JANE_CONTACT, Map.of());
    assertThat(login.statusCode()).isEqualTo(302);
    URI authorize = URI.create(login.getHeader("Location"));
    assertThat(authorize.toString()).startsWith(salesforce.url() + "/services/oauth2/authorize");
    Map<String, String> query = query(authorize);
    assertThat(query).containsEntry("code_challenge_method", "S256").containsEntry("client_id", "cid")
        .containsEntry("redirect_uri", "http://127.0.0.1:8080/auth/callback");
    salesforce.authorized(query.get("code_challenge"));
    String pending = cookie(login, AuthRoutes.LOGIN_COOKIE);

    HttpResponse<Buffer> wrongState = api.get("/auth/callback?code=" + FakeSalesforceLogin.CODE + "&state=other",
        Map.of("Cookie", pending));
    assertThat(wrongState.statusCode()).isEqualTo(401);

    HttpResponse<Buffer> back = api.get("/auth/callback?code=" + FakeSalesforceLogin.CODE + "&state="
        + query.get("state"), Map.of("Cookie", pending));
    assertThat(back.statusCode()).as(back.bodyAsString()).isEqualTo(302);
    assertThat(back.getHeader("Location")).isEqualTo("/widget?recordId=" + Acme.JANE_CONTACT);
    String session = cookie(back, Authenticate.SESSION_COOKIE);
    assertThat(me(Map.of("Cookie", session)).getMap()).containsEntry("via", "SESSION")
        .containsEntry("actor", "sam@acme.example").containsEntry("tenantName", "Acme");
    try (Connection connection = api.database().openConnection();
         ResultSet seat = connection.createStatement().executeQuery(
             "SELECT username FROM salesforce_connection WHERE role = 'SEAT'")) {
      assertThat(seat.next()).isTrue();
      assertThat(seat.getString(1)).isEqualTo("sam@acme.example");
    }
  }

  @Test
  void refusesACodeWithoutItsVerifierAndOpenRedirects() throws Exception {
    HttpResponse<Buffer> login = api.get("/auth/login?returnTo=//evil.example", Map.of());
    Map<String, String> query = query(URI.create(login.getHeader("Location")));
    salesforce.authorized("a-challenge-that-no-verifier-hashes-to");
    HttpResponse<Buffer> back = api.get("/auth/callback?code=" + FakeSalesforceLogin.CODE + "&state="
        + query.get("state"), Map.of("Cookie", cookie(login, AuthRoutes.LOGIN_COOKIE)));
    assertThat(back.statusCode()).isEqualTo(401);
    assertThat(api.get("/auth/callback?code=x&state=y", Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void saysSoWhenNoConnectedAppIsConfigured() throws Exception {
    try (ApiFixture unconfigured = ApiFixture.start()) {
      HttpResponse<Buffer> login = unconfigured.get("/auth/login", Map.of());
      assertThat(login.statusCode()).isEqualTo(503);
      assertThat(login.bodyAsJsonObject().getString("code")).isEqualTo("SIGN_IN_UNAVAILABLE");
    }
  }

  static Map<String, String> query(URI uri) {
    return Stream.of(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }

  private static String cookie(HttpResponse<Buffer> response, String name) {
    return response.cookies().stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .map(c -> c.split(";", 2)[0]).orElseThrow(() -> new AssertionError("no cookie " + name));
  }
}
