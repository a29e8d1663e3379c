package dev.crmsync.gateway.directory;

import static dev.crmsync.gateway.directory.DirectoryFiles.company;
import static dev.crmsync.gateway.directory.DirectoryFiles.person;
import static dev.crmsync.gateway.directory.DirectoryFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.crmsync.gateway.testing.Poll;
import dev.crmsync.gateway.testing.TestGateway;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The operator API of directory imports, on a deployed gateway and a real database. */
class DirectoryImportRoutesTest {
  private static final String TOKEN = "operator-token-for-tests-0123456789";
  private static final String IMPORTS = "/api/v1/operator/directory/imports";
  private static final List<String> PRIVATE = List.of("ada@example.com", "bob@example.com", "+441234567890");

  private static TestGateway gateway;
  private static WebClient client;
  private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

  @TempDir
  Path folder;

  @BeforeAll
  static void start() throws Exception {
    rootLogger().addAppender(LOGS);
    LOGS.start();
    gateway = TestGateway.start(Map.of("operator.token", TOKEN));
    client = gateway.client();
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    rootLogger().detachAppender(LOGS);
  }

  @Test
  void anImportRunsInTheBackgroundAndReportsItsSummaryWithoutContactPoints() throws Exception {
    write(folder, "people.jsonl", List.of(person("pr1", "CTO", "ada@example.com"),
        person("pr2", "CEO", "bob@example.com"), "{\"id\": \"pr3\", \"emails\": \"ada@example.com\"}"));
    write(folder, "companies.jsonl", List.of(company("co1", "Analytical Engines")));

    HttpResponse<Buffer> started = post(new JsonObject().put("path", folder.toString()));

    assertThat(started.statusCode()).isEqualTo(202);
    String id = started.bodyAsJsonObject().getString("id");
    assertThat(started.getHeader("Location")).isEqualTo(IMPORTS + "/" + id);
    assertThat(started.bodyAsJsonObject().getString("status")).isEqualTo("RUNNING");
    JsonObject finished = awaitFinished(id);
    assertThat(finished.getString("status")).isEqualTo("SUCCEEDED");
    assertThat(finished.getString("path")).isEqualTo(folder.toString());
    JsonObject summary = finished.getJsonObject("summary");
    assertThat(summary.getJsonObject("people").getMap())
        .containsEntry("inserted", 2).containsEntry("updated", 0).containsEntry("unchanged", 0);
    assertThat(summary.getJsonObject("companies").getInteger("inserted")).isEqualTo(1);
    assertThat(summary.getJsonArray("rejections").getJsonObject(0).getMap()).containsEntry("file", "people.jsonl")
        .containsEntry("line", 3).containsEntry("reason", "emails: expected an array, got string");
    assertThat(finished.getJsonObject("progress").getInteger("percent")).isEqualTo(100);
    assertThat(LOGS.list).extracting(ILoggingEvent::getFormattedMessage)
        .contains("directory import " + id + " done: 3 rows written, 1 lines rejected");
    for (String secret : PRIVATE) {
      assertThat(started.bodyAsString()).doesNotContain(secret);
      assertThat(finished.encode()).doesNotContain(secret);
      assertThat(LOGS.list).extracting(ILoggingEvent::getFormattedMessage)
          .allSatisfy(message -> assertThat(message).doesNotContain(secret));
    }
  }

  @Test
  void requestsWithoutTheRightTokenAreUnauthorized() throws Exception {
    HttpResponse<Buffer> missing = client.request(HttpMethod.POST, IMPORTS)
        .sendJsonObject(new JsonObject().put("path", folder.toString())).await(10, TimeUnit.SECONDS);
    HttpResponse<Buffer> wrong = client.request(HttpMethod.GET, IMPORTS + "/" + UUID.randomUUID())
        .bearerTokenAuthentication(TOKEN + "x").send().await(10, TimeUnit.SECONDS);

    assertError(missing, 401, "UNAUTHORIZED");
    assertError(wrong, 401, "UNAUTHORIZED");
    assertThat(wrong.bodyAsJsonObject().getString("message")).isEqualTo("the operator token is wrong");
  }

  @Test
  void aBadRequestSaysWhatIsWrong() throws Exception {
    assertError(post(new JsonObject()), 400, "BAD_REQUEST");
    assertError(post(new JsonObject().put("path", 42)), 400, "BAD_REQUEST");
    assertError(post(new JsonObject().put("path", folder.resolve("missing").toString())), 400, "INVALID_FOLDER");
    assertError(post(new JsonObject().put("path", folder.toString())), 400, "INVALID_FOLDER");
    HttpResponse<Buffer> malformed = authorized(HttpMethod.POST, IMPORTS)
        .sendBuffer(Buffer.buffer("{\"path\": ")).await(10, TimeUnit.SECONDS);
    assertError(malformed, 400, "MALFORMED_JSON");
  }

  @Test
  void anUnknownImportIsNotFound() throws Exception {
    assertError(get(UUID.randomUUID().toString()), 404, "NOT_FOUND");
    assertError(get("not-an-id"), 404, "NOT_FOUND");
  }

  @Test
  void aSecondImportWhileOneRunsIsAConflict() throws Exception {
    write(folder, "companies.jsonl", List.of(company("co9", "Busy")));
    try (DirectoryImport running = new DirectoryImporter(gateway.database()).start(folder)) {
      assertError(post(new JsonObject().put("path", folder.toString())), 409, "IMPORT_RUNNING");
    }
  }

  private static JsonObject awaitFinished(String id) throws Exception {
    return Poll.until(Duration.ofSeconds(30), "import " + id + " finishing", () -> {
      JsonObject view = get(id).bodyAsJsonObject();
      return view.getString("status").equals("RUNNING") ? Optional.empty() : Optional.of(view);
    });
  }

  private static HttpResponse<Buffer> post(JsonObject body) throws Exception {
    return authorized(HttpMethod.POST, IMPORTS).sendJsonObject(body).await(10, TimeUnit.SECONDS);
  }

  private static HttpResponse<Buffer> get(String id) throws Exception {
    return authorized(HttpMethod.GET, IMPORTS + "/" + id).send().await(10, TimeUnit.SECONDS);
  }

  private static HttpRequest<Buffer> authorized(HttpMethod method, String path) {
    return client.request(method, path).bearerTokenAuthentication(TOKEN);
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.getHeader("content-type")).isEqualTo("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getInteger("status")).isEqualTo(status);
    assertThat(body.getString("code")).isEqualTo(code);
    assertThat(body.getString("message")).isNotBlank();
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
