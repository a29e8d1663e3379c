package dev.crmsync.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.oauth.ConnectedApp;
import dev.crmsync.emulator.oauth.OAuthSettings;
import dev.crmsync.emulator.org.Users;
import dev.crmsync.gateway.testing.ApiFixture;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A seat holder signs in against the Salesforce emulator: its login page, PKCE, token and userinfo endpoints. */
class EmulatorSignInTest {
  private static final String CALLBACK = "http://127.0.0.1:8080/auth/callback";

  @Test
  void signsASeatHolderInThroughTheEmulatorsLoginPage() throws Exception {
    Vertx vertx = Vertx.vertx();
    OAuthSettings oauth = OAuthSettings.defaults();
    ConnectedApp app = oauth.app().withRedirectUris(List.of(CALLBACK));
    EmulatorServer emulator = EmulatorServer.startBlocking(vertx, EmulatorConfig.defaults().withOAuth(
        new OAuthSettings(app, oauth.defaultPassword(), oauth.passwords(), oauth.accessTokenLifetime(),
            oauth.authorizationCodeLifetime())));
    try (ApiFixture api = ApiFixture.start(Map.of("salesforce.login.host", emulator.baseUrl(),
        "salesforce.client.id", app.clientId(), "salesforce.client.secret", app.clientSecret()))) {
      api.tenant("Emulated", emulator.org().orgId(), emulator.baseUrl());

      HttpResponse<Buffer> login = api.get("/auth/login?returnTo=/widget", Map.of());
      Map<String, String> authorize = AuthApiTest.query(URI.create(login.getHeader("Location")));
      MultiMap consent = MultiMap.caseInsensitiveMultiMap();
      authorize.forEach(consent::add);
      consent.add("decision", "allow").add("username", Users.INTEGRATION_USERNAME)
          .add("password", oauth.defaultPassword());
      WebClient browser = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
      HttpResponse<Buffer> allowed = browser.postAbs(emulator.baseUrl() + "/services/oauth2/authorize")
          .sendForm(consent).await(20, TimeUnit.SECONDS);
      URI back = URI.create(allowed.getHeader("Location"));
      assertThat(back.toString()).startsWith(CALLBACK);

      HttpResponse<Buffer> session = api.get("/auth/callback?" + back.getRawQuery(),
          Map.of("Cookie", login.cookies().get(0).split(";", 2)[0]));
      assertThat(session.statusCode()).as(session.bodyAsString()).isEqualTo(302);
      String cookie = session.cookies().stream().filter(c -> c.startsWith(Authenticate.SESSION_COOKIE))
          .findFirst().orElseThrow().split(";", 2)[0];
      JsonObject me = api.ok("whoAmI", api.get("/api/v1/me", Map.of("Cookie", cookie)));
      assertThat(me.getMap()).containsEntry("via", "SESSION").containsEntry("tenantName", "Emulated")
          .containsEntry("actor", Users.INTEGRATION_USERNAME);
    } finally {
      emulator.close().await(20, TimeUnit.SECONDS);
      vertx.close().await(20, TimeUnit.SECONDS);
    }
  }
}
