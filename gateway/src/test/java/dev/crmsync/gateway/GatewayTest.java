package dev.crmsync.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.gateway.testing.TestGateway;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway deployed on a real database, driven over HTTP. */
class GatewayTest {
  private static TestGateway gateway;
  private static WebClient client;

  @BeforeAll
  static void start() throws Exception {
    gateway = TestGateway.start(Map.of());
    client = gateway.client();
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
  }

  @Test
  void healthIsUpWithTheDatabaseChecked() throws Exception {
    HttpResponse<Buffer> response = send(HttpMethod.GET, "/health", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").getJsonObject(0).getMap())
        .containsEntry("id", "database").containsEntry("status", "UP");
  }

  @Test
  void livenessAnswersWithoutChecks() throws Exception {
    assertThat(send(HttpMethod.GET, "/health/live", null).bodyAsJsonObject().getString("status")).isEqualTo("UP");
  }

  @Test
  void metricsArePrometheusText() throws Exception {
    send(HttpMethod.GET, "/health", null);

    HttpResponse<Buffer> response = send(HttpMethod.GET, "/metrics", null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsString()).contains("# TYPE vertx_http_server_requests_total counter");
  }

  @Test
  void anUnknownRouteIsAJsonNotFound() throws Exception {
    assertError(send(HttpMethod.GET, "/no/such/thing", null), 404, "NOT_FOUND");
  }

  @Test
  void aWrongMethodIsAJsonMethodNotAllowed() throws Exception {
    assertError(send(HttpMethod.DELETE, "/health", null), 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void anOversizedBodyIsRefusedWithTheErrorShape() throws Exception {
    Buffer body = Buffer.buffer(new byte[(int) GatewayVerticle.BODY_LIMIT_BYTES + 1]);

    assertError(send(HttpMethod.POST, "/health", body), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void aMalformedPathIsAJsonBadRequest() throws Exception {
    assertError(send(HttpMethod.GET, "/health/%zz", null), 400, "BAD_REQUEST");
  }

  private static HttpResponse<Buffer> send(HttpMethod method, String path, Buffer body) throws Exception {
    var request = client.request(method, path);
    return (body == null ? request.send() : request.sendBuffer(body)).await(10, TimeUnit.SECONDS);
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.getHeader("content-type")).isEqualTo("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.fieldNames()).containsExactlyInAnyOrder("status", "code", "message");
    assertThat(body.getInteger("status")).isEqualTo(status);
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("message")).isNotBlank();
  }
}
