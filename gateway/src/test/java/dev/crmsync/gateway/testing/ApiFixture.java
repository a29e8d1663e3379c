package dev.crmsync.gateway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.Gateway;
import dev.crmsync.gateway.auth.SessionTokens;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.web.ApiContract;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A gateway on a fresh database for black-box API tests: seeds rows the way the connector, matcher and
 * directory import would, signs callers in, and checks every 2xx and 4xx answer against the OpenAPI document.
 */
public final class ApiFixture implements AutoCloseable {
  public static final String SECRET = "a-test-session-secret-that-is-long-enough";
  private static final long TIMEOUT_SECONDS = 20;

  private final TestGateway running;
  private final Database database;
  private final Gateway gateway;
  private final WebClient client;
  private final ResponseValidator validator;
  private final SessionTokens tokens;

  private ApiFixture(TestGateway running) throws Exception {
    this.running = running;
    this.database = running.database();
    this.gateway = running.gateway();
    // redirects are what the sign-in tests look at, so this client does not follow them
    this.client = WebClient.create(gateway.vertx(), new WebClientOptions()
        .setDefaultHost("127.0.0.1").setDefaultPort(gateway.port()).setFollowRedirects(false));
    OpenAPIContract contract = ApiContract.load(gateway.vertx()).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    this.validator = ResponseValidator.create(gateway.vertx(), contract);
    this.tokens = new SessionTokens(gateway.vertx(), SECRET);
  }

  public static ApiFixture start() throws Exception {
    return start(Map.of());
  }

  /** A gateway with the test secret, on port 0, and the given configuration keys on top. */
  public static ApiFixture start(Map<String, String> config) throws Exception {
    Map<String, String> keys = new HashMap<>(Map.of("auth.session.secret", SECRET));
    keys.putAll(config);
    TestGateway running = TestGateway.start(keys);
    try {
      return new ApiFixture(running);
    } catch (Exception e) {
      running.close();
      throw e;
    }
  }

  public int port() {
    return gateway.port();
  }

  public Gateway gateway() {
    return gateway;
  }

  public Database database() {
    return database;
  }

  // ---- seeding, as the other modules fill these tables

  /** Runs one statement; {@code ?} parameters are bound as objects (strings cast in SQL where needed). */
  public void sql(String sql, Object... params) {
    try (Connection connection = database.openConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.execute();
    } catch (Exception e) {
      throw new IllegalStateException("seeding failed: " + sql, e);
    }
  }

  public UUID tenant(String name, String orgId, String instanceUrl) {
    UUID id = UUID.randomUUID();
    sql("INSERT INTO tenant (id, name, sf_org_id, instance_url) VALUES (?, ?, ?, ?)", id, name, orgId, instanceUrl);
    return id;
  }

  public void widgetApp(UUID tenant, String consumerSecret, String... origins) {
    sql("INSERT INTO tenant_widget_app (tenant_id, consumer_secret, salesforce_origins) VALUES (?, ?, ?)",
        tenant, consumerSecret, origins);
  }

  public void person(String id, String profileJson, String contactPointsJson) {
    sql("INSERT INTO directory_person (id, profile, contact_points, content_hash) "
        + "VALUES (?, ?::jsonb, ?::jsonb, '\\x00')", id, profileJson, contactPointsJson);
  }

  public void company(String id, String profileJson) {
    sql("INSERT INTO directory_company (id, profile, content_hash) VALUES (?, ?::jsonb, '\\x00')", id, profileJson);
  }

  public void record(UUID tenant, String sfId, String sobject, String fieldsJson) {
    sql("INSERT INTO crm_record (tenant_id, sf_id, sobject, fields, system_modstamp) VALUES (?, ?, ?, ?::jsonb, now())",
        tenant, sfId, sobject, fieldsJson);
  }

  public void match(UUID tenant, String sfId, String sobject, String kind, String profileId, String decision,
      Double score, String explanationJson, String staleJson) {
    sql("INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, score, "
        + "explanation, stale_reasons) VALUES (?, ?, ?, ?, ?, ?, 'MODEL', ?, ?::jsonb, ?::jsonb)",
        tenant, sfId, sobject, kind, profileId, decision, score, explanationJson, staleJson);
  }

  // ---- callers

  public String token(UUID tenant, String tenantName, String actor) {
    return tokens.issue(new Caller(tenant, tenantName, actor, Via.SESSION), 600);
  }

  public static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  // ---- calls

  public HttpResponse<Buffer> call(HttpMethod method, String uri, Map<String, String> headers, String body)
      throws Exception {
    HttpRequest<Buffer> request = client.request(method, uri);
    headers.forEach(request::putHeader);
    if (body == null) {
      return request.send().await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    request.putHeader("Content-Type", "application/json");
    return request.sendBuffer(Buffer.buffer(body)).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  public HttpResponse<Buffer> form(String uri, MultiMap form) throws Exception {
    return client.post(uri).sendForm(form).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  public HttpResponse<Buffer> get(String uri, Map<String, String> headers) throws Exception {
    return call(HttpMethod.GET, uri, headers, null);
  }

  /** Asserts a 200 that the document allows for the operation, and returns its body. */
  public JsonObject ok(String operationId, HttpResponse<Buffer> response) throws Exception {
    assertThat(response.statusCode()).as("status of %s: %s", operationId, response.bodyAsString()).isEqualTo(200);
    validate(operationId, response);
    return response.bodyAsJsonObject();
  }

  /** Asserts an error of the status in the one error shape the document gives, and returns its code. */
  public String error(String operationId, int status, HttpResponse<Buffer> response) throws Exception {
    assertThat(response.statusCode()).as("status of %s: %s", operationId, response.bodyAsString()).isEqualTo(status);
    validate(operationId, response);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getInteger("status")).isEqualTo(status);
    assertThat(body.getString("message")).isNotBlank();
    return body.getString("code");
  }

  private void validate(String operationId, HttpResponse<Buffer> response) throws Exception {
    validator.validate(ValidatableResponse.create(response.statusCode(), response.body(),
        response.getHeader("Content-Type")), operationId).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    String jdbcUrl = database.jdbcUrl();
    running.close();
    TestPostgres.drop(jdbcUrl);
  }
}
