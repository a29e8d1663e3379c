package dev.crmsync.emulator.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.testing.EmulatorFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthFlowTest {
  private static final String CALLBACK = "http://localhost:8080/oauth/callback";
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private EmulatorFixture sf;
  private PrivateKey jwtKey;

  @BeforeEach
  void start() throws Exception {
    String certificate = resource("jwt-cert.pem");
    jwtKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
        .decode(resource("jwt-key.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
    OAuthSettings oauth = OAuthSettings.defaults();
    oauth = new OAuthSettings(oauth.app().withCertificate(certificate)
        .withPreAuthorized(Set.of("integration@crmsync.dev")), "password", Map.of("bob@acme.test", "bobs-secret"),
        oauth.accessTokenLifetime(), oauth.authorizationCodeLifetime());
    sf = EmulatorFixture.start(EmulatorConfig.defaults().withOAuth(oauth));
  }

  @AfterEach
  void stop() throws Exception {
    sf.close();
  }

  private static String resource(String name) throws Exception {
    return Files.readString(Path.of(OAuthFlowTest.class.getResource("/" + name).toURI()));
  }

  @Test
  void webServerFlowWithPkceGivesTokensInTheReferenceShape() throws Exception {
    Map<String, String> callback = authorize("alice@acme.test", "password", "allow", "api refresh_token");
    assertThat(callback).containsEntry("state", "xyz").containsKey("code");

    HttpResponse<Buffer> token = exchange(callback.get("code"), VERIFIER);
    assertThat(token.statusCode()).isEqualTo(200);
    JsonObject body = token.bodyAsJsonObject();
    assertThat(body.fieldNames()).contains("access_token", "refresh_token", "signature", "scope", "instance_url", "id",
        "token_type", "issued_at").doesNotContain("expires_in");
    assertThat(body.getString("token_type")).isEqualTo("Bearer");
    assertThat(body.getString("instance_url")).isEqualTo(sf.server.baseUrl());
    assertThat(body.getString("id")).isEqualTo(sf.server.baseUrl() + "/id/" + sf.server.org().orgId() + "/" + sf.alice);
    assertThat(Long.parseLong(body.getString("issued_at"))).isGreaterThan(1_600_000_000_000L);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(sf.server.app().clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(body.getString("signature")).isEqualTo(Base64.getEncoder().encodeToString(
        mac.doFinal((body.getString("id") + body.getString("issued_at")).getBytes(StandardCharsets.UTF_8))));

    assertThat(sf.query("SELECT Id FROM Lead", body.getString("access_token")).statusCode()).isEqualTo(200);
    assertError(exchange(callback.get("code"), VERIFIER), "invalid_grant", "invalid authorization code");
  }

  @Test
  void pkceIsEnforced() throws Exception {
    assertError(exchange(authorize("alice@acme.test", "password", "allow", null).get("code"), "wrong-verifier"),
        "invalid_request", "invalid code verifier");
    assertError(exchange(authorize("alice@acme.test", "password", "allow", null).get("code"), null),
        "invalid_grant", "invalid code verifier");
  }

  @Test
  void theConsentPageRefusesWrongPasswordsAndReportsDenial() throws Exception {
    HttpResponse<Buffer> page = sf.form("/services/oauth2/authorize", consentForm("bob@acme.test", "password", "allow",
        null));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("Please check your username and password");
    assertThat(authorize("bob@acme.test", "bobs-secret", "allow", null)).containsKey("code");
    assertThat(authorize("alice@acme.test", "password", "deny", null))
        .containsEntry("error", "access_denied").containsEntry("state", "xyz");
  }

  @Test
  void authorizeRefusesUnknownAppsAndCallbacksWithoutRedirecting() throws Exception {
    HttpResponse<Buffer> page = sf.get("/services/oauth2/authorize?response_type=code&client_id="
        + sf.server.app().clientId() + "&redirect_uri=http://evil.test/cb", null);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.getHeader("Location")).isNull();
    assertThat(page.bodyAsString()).contains("redirect_uri_mismatch");
    assertThat(sf.get("/services/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=" + CALLBACK, null)
        .bodyAsString()).contains("invalid_client_id");
  }

  @Test
  void refreshTokensWorkUntilRevokedAndRevokingThemEndsTheirSessions() throws Exception {
    JsonObject tokens = exchange(authorize("alice@acme.test", "password", "allow", "api refresh_token").get("code"),
        VERIFIER).bodyAsJsonObject();
    HttpResponse<Buffer> refreshed = refresh(tokens.getString("refresh_token"));
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.bodyAsJsonObject().containsKey("refresh_token")).isFalse();
    String second = refreshed.bodyAsJsonObject().getString("access_token");
    assertThat(second).isNotEqualTo(tokens.getString("access_token"));

    assertThat(sf.form("/services/oauth2/revoke", Map.of("token", tokens.getString("refresh_token"))).statusCode())
        .isEqualTo(200);
    assertError(refresh(tokens.getString("refresh_token")), "invalid_grant", "expired access/refresh token");
    HttpResponse<Buffer> rejected = sf.query("SELECT Id FROM Lead", second);
    assertThat(rejected.statusCode()).isEqualTo(401);
    assertThat(rejected.bodyAsJsonArray().getJsonObject(0).getString("errorCode")).isEqualTo("INVALID_SESSION_ID");
    assertError(sf.form("/services/oauth2/revoke", Map.of("token", "unknown")), "invalid_token", "invalid token");
  }

  @Test
  void revokingAnAccessTokenEndsItsSession() throws Exception {
    String token = sf.token("alice@acme.test");
    assertThat(sf.form("/services/oauth2/revoke", Map.of("token", token)).statusCode()).isEqualTo(200);
    assertThat(sf.query("SELECT Id FROM Lead", token).statusCode()).isEqualTo(401);
  }

  @Test
  void accessTokensExpireAfterTheirLifetime() throws Exception {
    try (EmulatorFixture shortLived = EmulatorFixture.start(EmulatorConfig.defaults().withOAuth(
        new OAuthSettings(ConnectedApp.defaults(), "password", Map.of(), java.time.Duration.ofMillis(300),
            java.time.Duration.ofMinutes(1))))) {
      String token = shortLived.integrationToken();
      assertThat(shortLived.query("SELECT Id FROM Lead", token).statusCode()).isEqualTo(200);
      long deadline = System.currentTimeMillis() + 10_000;
      int status = 200;
      while (status == 200 && System.currentTimeMillis() < deadline) {
        status = shortLived.query("SELECT Id FROM Lead", token).statusCode();
      }
      assertThat(status).isEqualTo(401);
    }
  }

  @Test
  void jwtBearerChecksSignatureAudienceExpiryAndApproval() throws Exception {
    long exp = System.currentTimeMillis() / 1000 + 180;
    HttpResponse<Buffer> ok = jwt(assertion("integration@crmsync.dev", "https://login.salesforce.com", exp, jwtKey));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.bodyAsJsonObject().containsKey("refresh_token")).isFalse();
    assertThat(ok.bodyAsJsonObject().getString("id")).endsWith("/" + sf.server.org().orgId() + "/"
        + sf.server.org().read(() -> dev.crmsync.emulator.org.Users.byUsername(sf.server.org(),
        "integration@crmsync.dev").orElseThrow().id()));

    assertError(jwt(assertion("integration@crmsync.dev", "https://elsewhere.test", exp, jwtKey)),
        "invalid_grant", "audience is invalid");
    assertError(jwt(assertion("integration@crmsync.dev", "https://login.salesforce.com",
        System.currentTimeMillis() / 1000 - 10, jwtKey)), "invalid_grant", "expired authorization code");
    assertError(jwt(assertion("alice@acme.test", "https://login.salesforce.com", exp, jwtKey)),
        "invalid_grant", "user hasn't approved this consumer");
    PrivateKey other = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
    assertError(jwt(assertion("integration@crmsync.dev", "https://login.salesforce.com", exp, other)),
        "invalid_grant", "invalid assertion");
  }

  @Test
  void passwordAndClientCredentialsGrantsCheckTheirSecrets() throws Exception {
    assertError(sf.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
        sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret(), "username", "alice@acme.test",
        "password", "nope")), "invalid_grant", "authentication failure");
    assertError(sf.form("/services/oauth2/token", Map.of("grant_type", "client_credentials", "client_id",
        sf.server.app().clientId(), "client_secret", "wrong")), "invalid_client", "invalid client credentials");
    assertThat(sf.form("/services/oauth2/token", Map.of("grant_type", "client_credentials", "client_id",
        sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret())).statusCode()).isEqualTo(200);
    assertError(sf.form("/services/oauth2/token", Map.of("grant_type", "magic")), "unsupported_grant_type",
        "grant type not supported");
    assertError(sf.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id", "nope")),
        "invalid_client_id", "client identifier invalid");
  }

  @Test
  void inactiveUsersCannotLogIn() throws Exception {
    sf.server.org().patch("User", sf.bob, Map.of("IsActive", "false"));
    assertError(sf.form("/services/oauth2/token", Map.of("grant_type", "password", "client_id",
        sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret(), "username", "bob@acme.test",
        "password", "bobs-secret")), "invalid_grant", "inactive user");
  }

  @Test
  void userInfoAndIdentityDescribeTheTokensUser() throws Exception {
    String token = sf.token("alice@acme.test");
    JsonObject info = sf.get("/services/oauth2/userinfo", token).bodyAsJsonObject();
    assertThat(info.getString("user_id")).isEqualTo(sf.alice);
    assertThat(info.getString("organization_id")).isEqualTo(sf.server.org().orgId());
    assertThat(info.getString("preferred_username")).isEqualTo("alice@acme.test");
    assertThat(info.getString("email")).isEqualTo("alice@acme.test");
    JsonObject identity = sf.get("/id/" + sf.server.org().orgId() + "/" + sf.alice, token).bodyAsJsonObject();
    assertThat(identity.getString("username")).isEqualTo("alice@acme.test");
    assertThat(identity.getJsonObject("urls").getString("rest")).isEqualTo(sf.server.baseUrl() + "/services/data/v60.0/");
    HttpResponse<Buffer> bad = sf.get("/services/oauth2/userinfo", "nope");
    assertThat(bad.statusCode()).isEqualTo(403);
    assertThat(bad.bodyAsString()).isEqualTo("Bad_OAuth_Token");
  }

  private Map<String, String> authorize(String username, String password, String decision, String scope)
      throws Exception {
    String challenge = TokenRoutes.challengeOf(VERIFIER);
    HttpResponse<Buffer> page = sf.get("/services/oauth2/authorize?response_type=code&client_id="
        + sf.server.app().clientId() + "&redirect_uri=" + CALLBACK + "&state=xyz&code_challenge=" + challenge
        + "&code_challenge_method=S256" + (scope == null ? "" : "&scope=" + scope.replace(" ", "%20")), null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("<form", "name=\"username\"", "value=\"allow\"", challenge);
    HttpResponse<Buffer> answer = sf.form("/services/oauth2/authorize", consentForm(username, password, decision, scope));
    assertThat(answer.statusCode()).isEqualTo(302);
    URI location = URI.create(answer.getHeader("Location"));
    assertThat(location.toString()).startsWith(CALLBACK + "?");
    return Arrays.stream(location.getRawQuery().split("&")).map(p -> p.split("=", 2))
        .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }

  private Map<String, String> consentForm(String username, String password, String decision, String scope) {
    Map<String, String> form = new HashMap<>(Map.of("response_type", "code", "client_id", sf.server.app().clientId(),
        "redirect_uri", CALLBACK, "state", "xyz", "code_challenge", TokenRoutes.challengeOf(VERIFIER),
        "code_challenge_method", "S256", "username", username, "password", password, "decision", decision));
    if (scope != null) {
      form.put("scope", scope);
    }
    return form;
  }

  private HttpResponse<Buffer> exchange(String code, String verifier) throws Exception {
    Map<String, String> form = new HashMap<>(Map.of("grant_type", "authorization_code", "code", code,
        "client_id", sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret(),
        "redirect_uri", CALLBACK));
    if (verifier != null) {
      form.put("code_verifier", verifier);
    }
    return sf.form("/services/oauth2/token", form);
  }

  private HttpResponse<Buffer> refresh(String refreshToken) throws Exception {
    return sf.form("/services/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
        "client_id", sf.server.app().clientId(), "client_secret", sf.server.app().clientSecret()));
  }

  private HttpResponse<Buffer> jwt(String assertion) throws Exception {
    return sf.form("/services/oauth2/token", Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer",
        "assertion", assertion));
  }

  private String assertion(String username, String audience, long exp, PrivateKey key) throws Exception {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header = url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String claims = url.encodeToString(new JsonObject().put("iss", sf.server.app().clientId()).put("sub", username)
        .put("aud", audience).put("exp", exp).encode().getBytes(StandardCharsets.UTF_8));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return header + "." + claims + "." + url.encodeToString(rsa.sign());
  }

  private static void assertError(HttpResponse<Buffer> response, String error, String description) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    assertThat(response.bodyAsJsonObject().getMap()).isEqualTo(Map.of("error", error, "error_description", description));
  }

}
