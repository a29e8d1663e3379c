package dev.crmsync.emulator.testing;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A running emulator and an HTTP client for tests, with a few users: alice and bob (sales reps). */
public final class EmulatorFixture implements AutoCloseable {
  public static final String VERSION = "/services/data/v60.0";

  public final Vertx vertx;
  public final EmulatorServer server;
  public final WebClient client;
  public final String alice;
  public final String bob;

  private EmulatorFixture(Vertx vertx, EmulatorServer server) {
    this.vertx = vertx;
    this.server = server;
    this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    this.alice = user("alice@acme.test", "Alice", "Archer");
    this.bob = user("bob@acme.test", "Bob", "Baker");
  }

  public static EmulatorFixture start() throws Exception {
    return start(EmulatorConfig.defaults());
  }

  public static EmulatorFixture start(EmulatorConfig config) throws Exception {
    Vertx vertx = Vertx.vertx();
    return new EmulatorFixture(vertx, EmulatorServer.startBlocking(vertx, config));
  }

  private String user(String username, String first, String last) {
    return server.org().insert("User", Map.of("Username", username, "Email", username, "FirstName", first,
        "LastName", last, "IsActive", "true"));
  }

  public String insert(String object, Map<String, String> fields) {
    return server.org().insert(object, fields);
  }

  /** An access token of a user, through the password grant. */
  public String token(String username) throws Exception {
    HttpResponse<Buffer> response = form("/services/oauth2/token", Map.of("grant_type", "password",
        "client_id", server.app().clientId(), "client_secret", server.app().clientSecret(),
        "username", username, "password", "password"));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + response.bodyAsString());
    }
    return response.bodyAsJsonObject().getString("access_token");
  }

  public String integrationToken() throws Exception {
    return token("integration@crmsync.dev");
  }

  public HttpResponse<Buffer> form(String path, Map<String, String> fields) throws Exception {
    io.vertx.core.MultiMap form = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
    fields.forEach(form::add);
    return client.requestAbs(HttpMethod.POST, server.baseUrl() + path).sendForm(form).await(30, TimeUnit.SECONDS);
  }

  public HttpRequest<Buffer> request(HttpMethod method, String path, String token) {
    HttpRequest<Buffer> request = client.requestAbs(method, server.baseUrl() + path);
    if (token != null) {
      request.putHeader("Authorization", "Bearer " + token);
    }
    return request;
  }

  public HttpResponse<Buffer> get(String path, String token) throws Exception {
    return request(HttpMethod.GET, path, token).send().await(30, TimeUnit.SECONDS);
  }

  public HttpResponse<Buffer> send(HttpMethod method, String path, String token, JsonObject body) throws Exception {
    HttpRequest<Buffer> request = request(method, path, token);
    return (body == null ? request.send() : request.sendJsonObject(body)).await(30, TimeUnit.SECONDS);
  }

  /** A REST query, URL-encoded. */
  public HttpResponse<Buffer> query(String soql, String token) throws Exception {
    return request(HttpMethod.GET, VERSION + "/query", token).addQueryParam("q", soql).send()
        .await(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    server.close().await(30, TimeUnit.SECONDS);
    vertx.close().await(30, TimeUnit.SECONDS);
  }
}
