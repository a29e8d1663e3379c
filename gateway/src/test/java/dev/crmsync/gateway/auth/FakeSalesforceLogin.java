package dev.crmsync.gateway.auth;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A Salesforce login server for tests: it issues a token for one code when the PKCE verifier hashes to the
 * challenge it was given, and serves the identity of one user of one org.
 */
final class FakeSalesforceLogin implements AutoCloseable {
  static final String CODE = "the-code";
  private final HttpServer server;
  private final String orgId;
  private volatile String challenge;

  private FakeSalesforceLogin(HttpServer server, String orgId) {
    this.server = server;
    this.orgId = orgId;
  }

  static FakeSalesforceLogin start(Vertx vertx, String orgId) throws Exception {
    FakeSalesforceLogin[] self = new FakeSalesforceLogin[1];
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/services/oauth2/token").handler(ctx -> {
      String verifier = ctx.request().getFormAttribute("code_verifier");
      boolean valid = CODE.equals(ctx.request().getFormAttribute("code")) && verifier != null
          && hash(verifier).equals(self[0].challenge);
      if (!valid) {
        ctx.response().setStatusCode(400).end("{\"error\":\"invalid_grant\"}");
        return;
      }
      String base = "http://127.0.0.1:" + self[0].server.actualPort();
      ctx.json(new JsonObject().put("access_token", "00D!token").put("instance_url", base)
          .put("id", base + "/id/" + self[0].orgId + "/005000000000042AAA").put("token_type", "Bearer"));
    });
    router.get("/services/oauth2/userinfo").handler(ctx -> ctx.json(new JsonObject()
        .put("preferred_username", "sam@acme.example")));
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
        .await(10, TimeUnit.SECONDS);
    self[0] = new FakeSalesforceLogin(server, orgId);
    return self[0];
  }

  String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  /** What the browser showed the authorize page: the fake remembers it, as Salesforce does. */
  void authorized(String codeChallenge) {
    this.challenge = codeChallenge;
  }

  private static String hash(String verifier) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws Exception {
    server.close().await(10, TimeUnit.SECONDS);
  }
}
