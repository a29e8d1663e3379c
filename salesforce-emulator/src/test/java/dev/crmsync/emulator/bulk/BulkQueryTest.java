package dev.crmsync.emulator.bulk;

import static dev.crmsync.emulator.testing.EmulatorFixture.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.testing.EmulatorFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BulkQueryTest {
  private static final int LEADS = 100_000;
  private static EmulatorFixture sf;
  private static String token;
  private static String deletedLead;

  @BeforeAll
  static void start() throws Exception {
    sf = EmulatorFixture.start(EmulatorConfig.defaults()
        .withBulk(new BulkSettings(Duration.ofMillis(50), 50_000)));
    token = sf.integrationToken();
    for (int i = 0; i < LEADS; i++) {
      sf.insert("Lead", Map.of("LastName", "Lead " + i, "Company", i == 7 ? "Quote \"and\", comma\nnewline" : "Co",
          "SystemModstamp", "2026-01-01T00:00:00.000Z"));
    }
    deletedLead = sf.insert("Lead", Map.of("LastName", "Deleted", "Company", "Co", "IsDeleted", "true"));
  }

  @AfterAll
  static void stop() throws Exception {
    sf.close();
  }

  static JsonObject createJob(JsonObject body) throws Exception {
    HttpResponse<Buffer> created = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token, body);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(200);
    return created.bodyAsJsonObject();
  }

  static JsonObject awaitState(String jobId, String state) throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      JsonObject info = sf.get(VERSION + "/jobs/query/" + jobId, token).bodyAsJsonObject();
      if (info.getString("state").equals(state) || System.currentTimeMillis() > deadline) {
        assertThat(info.getString("state")).isEqualTo(state);
        return info;
      }
    }
  }

  static HttpResponse<Buffer> results(String jobId, String query) throws Exception {
    return sf.get(VERSION + "/jobs/query/" + jobId + "/results" + query, token);
  }

  static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void runsAJobThroughItsStatesAndPagesAHundredThousandRowsToTheLastLocator() throws Exception {
    JsonObject job = createJob(new JsonObject().put("operation", "query")
        .put("query", "SELECT Id, LastName, Company, SystemModstamp FROM Lead"));
    assertThat(job.getString("state")).isEqualTo("UploadComplete");
    assertThat(job.getString("id")).startsWith("750");
    assertThat(job.getDouble("apiVersion")).isEqualTo(60.0);
    assertThat(job.fieldNames()).contains("object", "createdById", "createdDate", "systemModstamp",
        "concurrencyMode", "contentType", "lineEnding", "columnDelimiter");
    awaitState(job.getString("id"), "InProgress");
    JsonObject done = awaitState(job.getString("id"), "JobComplete");
    assertThat(done.getInteger("numberRecordsProcessed")).isEqualTo(LEADS);
    assertThat(done.getString("jobType")).isEqualTo("V2Query");

    Set<String> ids = new HashSet<>();
    String locator = "";
    int pages = 0;
    while (true) {
      HttpResponse<Buffer> page = results(job.getString("id"), "?maxRecords=30000" + (locator.isEmpty() ? ""
          : "&locator=" + locator));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.getHeader("Content-Type")).startsWith("text/csv");
      List<CSVRecord> rows = parse(page.bodyAsString());
      assertThat(rows.getFirst().toList()).containsExactly("Id", "LastName", "Company", "SystemModstamp");
      assertThat(page.bodyAsString()).startsWith("\"Id\",\"LastName\",\"Company\",\"SystemModstamp\"\n");
      assertThat(Integer.parseInt(page.getHeader("Sforce-NumberOfRecords"))).isEqualTo(rows.size() - 1);
      rows.subList(1, rows.size()).forEach(row -> ids.add(row.get(0)));
      pages++;
      locator = page.getHeader("Sforce-Locator");
      assertThat(locator).isNotNull();
      if (locator.equals("null")) {
        break;
      }
    }
    assertThat(pages).isEqualTo(4);
    assertThat(ids).hasSize(LEADS).doesNotContain(deletedLead);
  }

  @Test
  void writesRfc4180WithEmbeddedQuotesCommasAndNewlinesInTheChosenLayout() throws Exception {
    JsonObject job = createJob(new JsonObject().put("query",
        "SELECT LastName, Company, Email FROM Lead WHERE LastName IN ('Lead 7', 'Lead 8') ORDER BY LastName")
        .put("columnDelimiter", "PIPE").put("lineEnding", "CRLF"));
    awaitState(job.getString("id"), "JobComplete");
    String csv = results(job.getString("id"), "").bodyAsString();
    assertThat(csv).isEqualTo("\"LastName\"|\"Company\"|\"Email\"\r\n"
        + "\"Lead 7\"|\"Quote \"\"and\"\", comma\nnewline\"|\"\"\r\n"
        + "\"Lead 8\"|\"Co\"|\"\"\r\n");
  }

  @Test
  void queryAllIncludesTheRecycleBin() throws Exception {
    JsonObject job = createJob(new JsonObject().put("operation", "queryAll")
        .put("query", "SELECT Id, IsDeleted FROM Lead WHERE LastName = 'Deleted'"));
    awaitState(job.getString("id"), "JobComplete");
    List<CSVRecord> rows = parse(results(job.getString("id"), "").bodyAsString());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).toList()).containsExactly(deletedLead, "true");
  }

  @Test
  void refusesWhatBulkRefuses() throws Exception {
    for (String query : List.of("SELECT Address FROM Lead", "SELECT Id, (SELECT Id FROM Contacts) FROM Account",
        "SELECT Id FROM Lead GROUP BY Id", "SELECT Id FROM Lead OFFSET 5", "SELECT Nope FROM Lead")) {
      HttpResponse<Buffer> refused = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token,
          new JsonObject().put("operation", "query").put("query", query));
      assertThat(refused.statusCode()).as(query).isEqualTo(400);
      assertThat(refused.bodyAsJsonArray().getJsonObject(0).getString("errorCode"))
          .isIn("FUNCTIONALITY_NOT_ENABLED", "MALFORMED_QUERY", "INVALID_FIELD");
    }
    HttpResponse<Buffer> compound = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token,
        new JsonObject().put("operation", "query").put("query", "SELECT BillingAddress FROM Account"));
    assertThat(compound.bodyAsJsonArray().getJsonObject(0).getString("errorCode"))
        .isEqualTo("FUNCTIONALITY_NOT_ENABLED");
    HttpResponse<Buffer> badDelimiter = sf.send(HttpMethod.POST, VERSION + "/jobs/query", token,
        new JsonObject().put("query", "SELECT Id FROM Lead").put("columnDelimiter", "SPACE"));
    assertThat(badDelimiter.statusCode()).isEqualTo(400);
  }

  @Test
  void resultsNeedACompleteJobAndTheSameVersion() throws Exception {
    JsonObject job = createJob(new JsonObject().put("query", "SELECT Id FROM Lead LIMIT 5"));
    HttpResponse<Buffer> early = results(job.getString("id"), "");
    assertThat(early.statusCode()).isEqualTo(412);
    assertThat(early.bodyAsJsonArray().getJsonObject(0).getString("errorCode")).isEqualTo("JOB_NOT_COMPLETE");
    awaitState(job.getString("id"), "JobComplete");
    HttpResponse<Buffer> otherVersion = sf.get("/services/data/v59.0/jobs/query/" + job.getString("id") + "/results",
        token);
    assertThat(otherVersion.statusCode()).isEqualTo(409);
    HttpResponse<Buffer> page = results(job.getString("id"), "");
    assertThat(page.getHeader("Sforce-NumberOfRecords")).isEqualTo("5");
    assertThat(page.getHeader("Sforce-Locator")).isEqualTo("null");
  }

  @Test
  void listsResultPageUrlsFiveAtATime() throws Exception {
    JsonObject job = createJob(new JsonObject().put("query", "SELECT Id FROM Lead LIMIT 7000"));
    awaitState(job.getString("id"), "JobComplete");
    JsonObject first = sf.get(VERSION + "/jobs/query/" + job.getString("id") + "/resultPages?maxRecords=1000", token)
        .bodyAsJsonObject();
    assertThat(first.getJsonArray("resultPages")).hasSize(5);
    assertThat(first.getBoolean("done")).isFalse();
    JsonObject second = sf.get(first.getString("nextRecordsUrl"), token).bodyAsJsonObject();
    assertThat(second.getJsonArray("resultPages")).hasSize(2);
    assertThat(second.getBoolean("done")).isTrue();
    int rows = 0;
    for (JsonObject listing : List.of(first, second)) {
      for (Object page : listing.getJsonArray("resultPages")) {
        rows += Integer.parseInt(sf.get(((JsonObject) page).getString("resultUrl"), token)
            .getHeader("Sforce-NumberOfRecords"));
      }
    }
    assertThat(rows).isEqualTo(7000);
  }

  @Test
  void abortsAndDeletesJobs() throws Exception {
    JsonObject job = createJob(new JsonObject().put("query", "SELECT Id FROM Lead"));
    HttpResponse<Buffer> aborted = sf.send(HttpMethod.PATCH, VERSION + "/jobs/query/" + job.getString("id"), token,
        new JsonObject().put("state", "Aborted"));
    assertThat(aborted.statusCode()).isEqualTo(200);
    assertThat(aborted.bodyAsJsonObject().getString("state")).isEqualTo("Aborted");
    assertThat(sf.get(VERSION + "/jobs/query/" + job.getString("id"), token).bodyAsJsonObject().getString("state"))
        .isEqualTo("Aborted");
    assertThat(sf.get(VERSION + "/jobs/query", token).bodyAsJsonObject().getJsonArray("records").stream()
        .map(j -> ((JsonObject) j).getString("id"))).contains(job.getString("id"));
    assertThat(sf.send(HttpMethod.DELETE, VERSION + "/jobs/query/" + job.getString("id"), token, null).statusCode())
        .isEqualTo(204);
    assertThat(sf.get(VERSION + "/jobs/query/" + job.getString("id"), token).statusCode()).isEqualTo(404);
  }

  @Test
  void compressesResultsWhenAsked() throws Exception {
    JsonObject job = createJob(new JsonObject().put("query", "SELECT Id FROM Lead LIMIT 1000"));
    awaitState(job.getString("id"), "JobComplete");
    HttpResponse<Buffer> page = sf.request(HttpMethod.GET, VERSION + "/jobs/query/" + job.getString("id")
        + "/results", token).putHeader("Accept-Encoding", "gzip").send().await(10, TimeUnit.SECONDS);
    assertThat(page.getHeader("Content-Encoding")).isEqualTo("gzip");
  }
}
