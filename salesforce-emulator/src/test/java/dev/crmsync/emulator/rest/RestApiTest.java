package dev.crmsync.emulator.rest;

import static dev.crmsync.emulator.testing.EmulatorFixture.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.testing.EmulatorFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestApiTest {
  private static EmulatorFixture sf;
  private static String token;

  @BeforeAll
  static void start() throws Exception {
    sf = EmulatorFixture.start();
    token = sf.integrationToken();
  }

  @AfterAll
  static void stop() throws Exception {
    sf.close();
  }

  private static HttpResponse<Buffer> create(String object, JsonObject body) throws Exception {
    return sf.send(HttpMethod.POST, VERSION + "/sobjects/" + object, token, body);
  }

  private static String createdId(String object, JsonObject body) throws Exception {
    HttpResponse<Buffer> created = create(object, body);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return created.bodyAsJsonObject().getString("id");
  }

  private static void assertError(HttpResponse<Buffer> response, int status, String code) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    JsonArray errors = response.bodyAsJsonArray();
    assertThat(errors).hasSize(1);
    assertThat(errors.getJsonObject(0).getString("errorCode")).isEqualTo(code);
    assertThat(errors.getJsonObject(0).getString("message")).isNotBlank();
  }

  @Test
  void listsVersionsWithoutAuthenticationOrLimitHeader() throws Exception {
    HttpResponse<Buffer> versions = sf.get("/services/data/", null);
    assertThat(versions.statusCode()).isEqualTo(200);
    assertThat(versions.getHeader("Sforce-Limit-Info")).isNull();
    JsonArray list = versions.bodyAsJsonArray();
    assertThat(list.stream().map(v -> ((JsonObject) v).getString("version"))).contains("60.0", "66.0");
    assertThat(list.stream().map(v -> (JsonObject) v).filter(v -> v.getString("version").equals("66.0"))
        .findFirst().orElseThrow().getString("label")).isEqualTo("Spring '26");
  }

  @Test
  void everyApiAnswerCarriesTheLimitHeader() throws Exception {
    HttpResponse<Buffer> answer = sf.get(VERSION + "/limits", token);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.getHeader("Sforce-Limit-Info")).matches("api-usage=\\d+/\\d+");
    assertThat(answer.bodyAsJsonObject().getJsonObject("DailyApiRequests").fieldNames())
        .containsExactlyInAnyOrder("Max", "Remaining");
    assertThat(sf.get(VERSION + "/limits", "bad").getHeader("Sforce-Limit-Info")).isNotNull();
  }

  @Test
  void refusesMissingAndUnknownSessions() throws Exception {
    HttpResponse<Buffer> answer = sf.get(VERSION + "/sobjects/Lead/describe", null);
    assertError(answer, 401, "INVALID_SESSION_ID");
    assertThat(answer.bodyAsJsonArray().getJsonObject(0).getString("message")).isEqualTo("Session expired or invalid");
    assertError(sf.get(VERSION + "/sobjects/Lead/describe", "00Dxx!nope"), 401, "INVALID_SESSION_ID");
    HttpResponse<Buffer> oauthScheme = sf.client.getAbs(sf.server.baseUrl() + VERSION + "/limits")
        .putHeader("Authorization", "OAuth " + token).send().await(10, TimeUnit.SECONDS);
    assertThat(oauthScheme.statusCode()).isEqualTo(200);
  }

  @Test
  void createsReadsUpdatesAndDeletesRecords() throws Exception {
    HttpResponse<Buffer> created = create("Lead", new JsonObject().put("FirstName", "Ada").put("LastName", "Lovelace")
        .put("Company", "Analytical").put("NumberOfEmployees", 12).put("AnnualRevenue", 1500.5));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject result = created.bodyAsJsonObject();
    String id = result.getString("id");
    assertThat(id).startsWith("00Q").hasSize(18);
    assertThat(result.getBoolean("success")).isTrue();
    assertThat(result.getJsonArray("errors")).isEmpty();
    assertThat(created.getHeader("Location")).isEqualTo(VERSION + "/sobjects/Lead/" + id);

    JsonObject lead = sf.get(VERSION + "/sobjects/Lead/" + id.substring(0, 15), token).bodyAsJsonObject();
    assertThat(lead.getJsonObject("attributes").getMap())
        .isEqualTo(Map.of("type", "Lead", "url", VERSION + "/sobjects/Lead/" + id));
    assertThat(lead.getString("Name")).isEqualTo("Ada Lovelace");
    assertThat(lead.getInteger("NumberOfEmployees")).isEqualTo(12);
    assertThat(lead.getDouble("AnnualRevenue")).isEqualTo(1500.5);
    assertThat(lead.getBoolean("IsConverted")).isFalse();
    assertThat(lead.getString("Status")).isEqualTo("Open - Not Contacted");
    assertThat(lead.getString("SystemModstamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
    assertThat(lead.getValue("Email")).isNull();

    HttpResponse<Buffer> updated = sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Lead/" + id, token,
        new JsonObject().put("Title", "Countess").putNull("NumberOfEmployees"));
    assertThat(updated.statusCode()).isEqualTo(204);
    assertThat(updated.body()).isNull();
    JsonObject after = sf.get(VERSION + "/sobjects/Lead/" + id + "?fields=Title,NumberOfEmployees,SystemModstamp,"
        + "LastModifiedDate", token).bodyAsJsonObject();
    assertThat(after.fieldNames()).containsExactly("attributes", "Title", "NumberOfEmployees", "SystemModstamp",
        "LastModifiedDate");
    assertThat(after.getString("Title")).isEqualTo("Countess");
    assertThat(after.getValue("NumberOfEmployees")).isNull();
    assertThat(after.getString("SystemModstamp")).isGreaterThan(lead.getString("SystemModstamp"));
    assertThat(after.getString("LastModifiedDate")).isEqualTo(after.getString("SystemModstamp"));

    assertThat(sf.send(HttpMethod.DELETE, VERSION + "/sobjects/Lead/" + id, token, null).statusCode()).isEqualTo(204);
    assertError(sf.get(VERSION + "/sobjects/Lead/" + id, token), 404, "NOT_FOUND");
    assertError(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Lead/" + id, token, new JsonObject().put("Title", "x")),
        404, "ENTITY_IS_DELETED");
  }

  @Test
  void reportsWriteErrorsInTheRealShape() throws Exception {
    HttpResponse<Buffer> missing = create("Lead", new JsonObject().put("FirstName", "No"));
    assertError(missing, 400, "REQUIRED_FIELD_MISSING");
    assertThat(missing.bodyAsJsonArray().getJsonObject(0).getJsonArray("fields")).containsExactlyInAnyOrder("LastName",
        "Company");
    assertError(create("Lead", new JsonObject().put("LastName", "X").put("Company", "Y").put("Bogus__c", "z")),
        400, "INVALID_FIELD");
    assertError(create("Lead", new JsonObject().put("LastName", "X").put("Company", "Y").put("IsConverted", true)),
        400, "INVALID_FIELD_FOR_INSERT_UPDATE");
    assertError(create("Contact", new JsonObject().put("LastName", "X").put("AccountId", "001000000000000AAA")),
        400, "INVALID_CROSS_REFERENCE_KEY");
    assertError(create("Contact", new JsonObject().put("LastName", "X").put("AccountId", "not-an-id")),
        400, "MALFORMED_ID");
    assertError(create("Lead", new JsonObject().put("LastName", "X").put("Company", "Y").put("NumberOfEmployees",
        "many")), 400, "JSON_PARSER_ERROR");
    assertError(create("Nope", new JsonObject().put("Name", "x")), 404, "NOT_FOUND");
    assertError(sf.get(VERSION + "/sobjects/Lead/00Q000000000000AAA", token), 404, "NOT_FOUND");
    assertError(sf.get("/services/data/v12.0/limits", token), 404, "NOT_FOUND");
    assertError(sf.get(VERSION + "/nothing/here", token), 404, "NOT_FOUND");
  }

  @Test
  void protectsConvertedLeads() throws Exception {
    String id = sf.insert("Lead", Map.of("LastName", "Converted", "Company", "C", "IsConverted", "true"));
    assertError(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Lead/" + id, token,
        new JsonObject().put("Title", "x")), 400, "CANNOT_UPDATE_CONVERTED_LEAD");
  }

  @Test
  void refusesUpdatesOfRecordsChangedSinceIfUnmodifiedSince() throws Exception {
    String id = createdId("Account", new JsonObject().put("Name", "Guarded"));
    HttpResponse<Buffer> refused = sf.request(HttpMethod.PATCH, VERSION + "/sobjects/Account/" + id, token)
        .putHeader("If-Unmodified-Since", "Tue, 10 Aug 2015 00:00:00 GMT")
        .sendJsonObject(new JsonObject().put("Name", "Changed")).await(10, TimeUnit.SECONDS);
    assertThat(refused.statusCode()).isEqualTo(412);
    HttpResponse<Buffer> allowed = sf.request(HttpMethod.PATCH, VERSION + "/sobjects/Account/" + id, token)
        .putHeader("If-Unmodified-Since", "Tue, 10 Aug 2100 00:00:00 GMT")
        .sendJsonObject(new JsonObject().put("Name", "Changed")).await(10, TimeUnit.SECONDS);
    assertThat(allowed.statusCode()).isEqualTo(204);
  }

  @Test
  void derivesTheAccountOfATask() throws Exception {
    String account = createdId("Account", new JsonObject().put("Name", "Parent"));
    String contact = createdId("Contact", new JsonObject().put("LastName", "Kid").put("AccountId", account));
    String task = createdId("Task", new JsonObject().put("Subject", "InMail").put("WhoId", contact)
        .put("Status", "Completed"));
    JsonObject read = sf.get(VERSION + "/sobjects/Task/" + task, token).bodyAsJsonObject();
    assertThat(read.getString("AccountId")).isEqualTo(account);
    assertThat(read.getBoolean("IsClosed")).isTrue();
    assertThat(read.getString("OwnerId")).isEqualTo(read.getString("CreatedById"));
  }

  @Test
  void pagesQueriesWithNextRecordsUrlAndKeepsDeletedRowsForQueryAll() throws Exception {
    for (int i = 0; i < 450; i++) {
      sf.insert("Opportunity", Map.of("Name", "Deal " + i, "StageName", "Prospecting", "CloseDate", "2026-12-31",
          "Amount", Integer.toString(i)));
    }
    String deleted = createdId("Opportunity", new JsonObject().put("Name", "Gone").put("StageName", "Closed Lost")
        .put("CloseDate", "2026-01-01"));
    sf.send(HttpMethod.DELETE, VERSION + "/sobjects/Opportunity/" + deleted, token, null);

    Set<String> ids = new HashSet<>();
    HttpResponse<Buffer> page = sf.request(HttpMethod.GET, VERSION + "/queryAll", token)
        .putHeader("Sforce-Query-Options", "batchSize=200")
        .addQueryParam("q", "SELECT Id, Name, IsDeleted FROM Opportunity").send().await(10, TimeUnit.SECONDS);
    int pages = 1;
    boolean sawDeleted = false;
    while (true) {
      JsonObject body = page.bodyAsJsonObject();
      assertThat(body.getInteger("totalSize")).isEqualTo(451);
      for (Object record : body.getJsonArray("records")) {
        ids.add(((JsonObject) record).getString("Id"));
        sawDeleted |= ((JsonObject) record).getBoolean("IsDeleted");
      }
      if (body.getBoolean("done")) {
        assertThat(body.containsKey("nextRecordsUrl")).isFalse();
        break;
      }
      assertThat(body.getString("nextRecordsUrl")).startsWith(VERSION + "/query/01g");
      page = sf.request(HttpMethod.GET, body.getString("nextRecordsUrl"), token)
          .putHeader("Sforce-Query-Options", "batchSize=200").send().await(10, TimeUnit.SECONDS);
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(ids).hasSize(451).contains(deleted);
    assertThat(sawDeleted).isTrue();
    JsonObject plain = sf.query("SELECT Id FROM Opportunity WHERE Name = 'Gone'", token).bodyAsJsonObject();
    assertThat(plain.getInteger("totalSize")).isZero();
    assertThat(plain.getBoolean("done")).isTrue();
    assertThat(plain.getJsonArray("records")).isEmpty();
  }

  @Test
  void answersParentFieldsAsNestedRecords() throws Exception {
    String account = createdId("Account", new JsonObject().put("Name", "Nested Inc").put("BillingCity", "Oslo"));
    createdId("Contact", new JsonObject().put("LastName", "Nest").put("AccountId", account));
    JsonObject record = sf.query("SELECT LastName, Account.Name FROM Contact WHERE LastName = 'nest'", token)
        .bodyAsJsonObject().getJsonArray("records").getJsonObject(0);
    assertThat(record.getJsonObject("Account").getString("Name")).isEqualTo("Nested Inc");
    assertThat(record.getJsonObject("Account").getJsonObject("attributes").getString("type")).isEqualTo("Account");
    JsonObject address = sf.query("SELECT BillingAddress FROM Account WHERE Id = '" + account + "'", token)
        .bodyAsJsonObject().getJsonArray("records").getJsonObject(0);
    assertThat(address.getJsonObject("BillingAddress").getString("city")).isEqualTo("Oslo");
  }

  @Test
  void reportsQueryErrors() throws Exception {
    assertError(sf.query("SELECT Id FROM Lead WHERE", token), 400, "MALFORMED_QUERY");
    assertError(sf.query("SELECT Nope FROM Lead", token), 400, "INVALID_FIELD");
    assertError(sf.query("SELECT Id FROM Nope", token), 400, "INVALID_TYPE");
    assertError(sf.get(VERSION + "/query/01g000000000001AAA-2000", token), 400, "INVALID_QUERY_LOCATOR");
  }

  @Test
  void describesObjects() throws Exception {
    JsonObject describe = sf.get(VERSION + "/sobjects/Lead/describe", token).bodyAsJsonObject();
    assertThat(describe.getString("keyPrefix")).isEqualTo("00Q");
    JsonObject lastName = describe.getJsonArray("fields").stream().map(f -> (JsonObject) f)
        .filter(f -> f.getString("name").equals("LastName")).findFirst().orElseThrow();
    assertThat(lastName.getString("type")).isEqualTo("string");
    assertThat(lastName.getBoolean("nillable")).isFalse();
    JsonObject owner = describe.getJsonArray("fields").stream().map(f -> (JsonObject) f)
        .filter(f -> f.getString("name").equals("OwnerId")).findFirst().orElseThrow();
    assertThat(owner.getJsonArray("referenceTo")).containsExactly("User");
    assertThat(owner.getString("relationshipName")).isEqualTo("Owner");
    JsonArray all = sf.get(VERSION + "/sobjects", token).bodyAsJsonObject().getJsonArray("sobjects");
    assertThat(all.stream().map(o -> ((JsonObject) o).getString("name"))).contains("Lead", "Contact", "Account",
        "Opportunity", "OpportunityContactRole", "User", "UserRole", "AccountTeamMember", "Task", "Note",
        "RecordType");
  }

  @Test
  void collectionsReportEachRecordAndRollBackAllOrNone() throws Exception {
    JsonObject good = new JsonObject().put("attributes", new JsonObject().put("type", "Account")).put("Name", "Ok");
    JsonObject bad = new JsonObject().put("attributes", new JsonObject().put("type", "Account"));
    JsonArray partial = sf.send(HttpMethod.POST, VERSION + "/composite/sobjects", token, new JsonObject()
        .put("allOrNone", false).put("records", new JsonArray().add(good).add(bad))).bodyAsJsonArray();
    assertThat(partial.getJsonObject(0).getBoolean("success")).isTrue();
    assertThat(partial.getJsonObject(1).getBoolean("success")).isFalse();
    assertThat(partial.getJsonObject(1).getJsonArray("errors").getJsonObject(0).getString("statusCode"))
        .isEqualTo("REQUIRED_FIELD_MISSING");

    JsonObject rolled = good.copy().put("Name", "RolledBack");
    JsonArray none = sf.send(HttpMethod.POST, VERSION + "/composite/sobjects", token, new JsonObject()
        .put("allOrNone", true).put("records", new JsonArray().add(rolled).add(bad))).bodyAsJsonArray();
    assertThat(none.getJsonObject(0).getJsonArray("errors").getJsonObject(0).getString("statusCode"))
        .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
    assertThat(sf.query("SELECT Id FROM Account WHERE Name = 'RolledBack'", token).bodyAsJsonObject()
        .getInteger("totalSize")).isZero();

    String id = partial.getJsonObject(0).getString("id");
    JsonArray updated = sf.send(HttpMethod.PATCH, VERSION + "/composite/sobjects", token, new JsonObject()
        .put("records", new JsonArray().add(new JsonObject().put("attributes", new JsonObject().put("type", "Account"))
            .put("id", id).put("Industry", "Energy")))).bodyAsJsonArray();
    assertThat(updated.getJsonObject(0).getString("id")).isEqualTo(id);
    assertThat(updated.getJsonObject(0).getBoolean("success")).isTrue();
    JsonArray deleted = sf.send(HttpMethod.DELETE, VERSION + "/composite/sobjects?ids=" + id, token, null)
        .bodyAsJsonArray();
    assertThat(deleted.getJsonObject(0).getBoolean("success")).isTrue();

    JsonArray tooMany = new JsonArray();
    for (int i = 0; i < 201; i++) {
      tooMany.add(good);
    }
    assertError(sf.send(HttpMethod.POST, VERSION + "/composite/sobjects", token, new JsonObject()
        .put("records", tooMany)), 400, "EXCEEDED_ID_LIMIT");
  }

  @Test
  void retrievesCollectionsByIdWithNullForTheMissing() throws Exception {
    String first = createdId("Account", new JsonObject().put("Name", "First"));
    String second = createdId("Account", new JsonObject().put("Name", "Second"));
    JsonArray byGet = sf.get(VERSION + "/composite/sobjects/Account?ids=" + second + "," + first
        + ",001000000000000AAA&fields=Name", token).bodyAsJsonArray();
    assertThat(byGet.getJsonObject(0).getString("Name")).isEqualTo("Second");
    assertThat(byGet.getJsonObject(1).getString("Name")).isEqualTo("First");
    assertThat(byGet.getValue(2)).isNull();
    JsonArray byPost = sf.send(HttpMethod.POST, VERSION + "/composite/sobjects/Account", token, new JsonObject()
        .put("ids", new JsonArray().add(first)).put("fields", new JsonArray().add("Id").add("Name")))
        .bodyAsJsonArray();
    assertThat(byPost.getJsonObject(0).getString("Id")).isEqualTo(first);
  }

  @Test
  void compositeChainsReferencesAndRollsBackAllOrNone() throws Exception {
    JsonArray chain = new JsonArray()
        .add(new JsonObject().put("method", "POST").put("url", VERSION + "/sobjects/Account")
            .put("referenceId", "refAccount").put("body", new JsonObject().put("Name", "Composite Co")))
        .add(new JsonObject().put("method", "POST").put("url", VERSION + "/sobjects/Contact")
            .put("referenceId", "refContact").put("body", new JsonObject().put("LastName", "Chained")
                .put("AccountId", "@{refAccount.id}")))
        .add(new JsonObject().put("method", "GET").put("referenceId", "refQuery")
            .put("url", VERSION + "/query?q=SELECT+Id,AccountId+FROM+Contact+WHERE+LastName='Chained'"))
        .add(new JsonObject().put("method", "PATCH").put("referenceId", "refUpdate")
            .put("url", VERSION + "/sobjects/Contact/@{refQuery.records[0].Id}")
            .put("body", new JsonObject().put("Title", "Linked")));
    JsonArray answers = sf.send(HttpMethod.POST, VERSION + "/composite", token, new JsonObject()
        .put("allOrNone", true).put("compositeRequest", chain)).bodyAsJsonObject().getJsonArray("compositeResponse");
    assertThat(answers.stream().map(a -> ((JsonObject) a).getInteger("httpStatusCode"))).containsExactly(201, 201,
        200, 204);
    String account = answers.getJsonObject(0).getJsonObject("body").getString("id");
    assertThat(answers.getJsonObject(0).getJsonObject("httpHeaders").getString("Location")).endsWith(account);
    assertThat(answers.getJsonObject(2).getJsonObject("body").getJsonArray("records").getJsonObject(0)
        .getString("AccountId")).isEqualTo(account);

    JsonArray failing = new JsonArray()
        .add(new JsonObject().put("method", "POST").put("url", VERSION + "/sobjects/Account")
            .put("referenceId", "ok").put("body", new JsonObject().put("Name", "Never Kept")))
        .add(new JsonObject().put("method", "POST").put("url", VERSION + "/sobjects/Account")
            .put("referenceId", "bad").put("body", new JsonObject()));
    JsonArray rolledBack = sf.send(HttpMethod.POST, VERSION + "/composite", token, new JsonObject()
        .put("allOrNone", true).put("compositeRequest", failing)).bodyAsJsonObject().getJsonArray("compositeResponse");
    assertThat(rolledBack.getJsonObject(0).getJsonArray("body").getJsonObject(0).getString("errorCode"))
        .isEqualTo("PROCESSING_HALTED");
    assertThat(rolledBack.getJsonObject(1).getJsonArray("body").getJsonObject(0).getString("errorCode"))
        .isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(sf.query("SELECT Id FROM Account WHERE Name = 'Never Kept'", token).bodyAsJsonObject()
        .getInteger("totalSize")).isZero();
  }

  @Test
  void upsertsByACustomFieldCreatingUpdatingOrListingMatches() throws Exception {
    sf.insert("Account", Map.of("Name", "Declares External__c", "External__c", "X-0"));
    HttpResponse<Buffer> created = sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Account/External__c/X-1", token,
        new JsonObject().put("Name", "Upserted"));
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    assertThat(created.bodyAsJsonObject().getBoolean("created")).isTrue();
    String id = created.bodyAsJsonObject().getString("id");
    HttpResponse<Buffer> updated = sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Account/External__c/X-1", token,
        new JsonObject().put("Industry", "Energy"));
    assertThat(updated.statusCode()).isEqualTo(200);
    assertThat(updated.bodyAsJsonObject().getString("id")).isEqualTo(id);
    assertThat(updated.bodyAsJsonObject().getBoolean("created")).isFalse();
    sf.insert("Account", Map.of("Name", "Twin", "External__c", "X-1"));
    assertThat(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Account/External__c/X-1", token,
        new JsonObject().put("Industry", "Gas")).statusCode()).isEqualTo(300);
    assertError(sf.send(HttpMethod.PATCH, VERSION + "/sobjects/Account/Name/Acme", token, new JsonObject()), 404,
        "NOT_FOUND");
  }

  @Test
  void listsUpdatedAndDeletedIds() throws Exception {
    String kept = createdId("Account", new JsonObject().put("Name", "Kept"));
    String gone = createdId("Account", new JsonObject().put("Name", "Gone"));
    sf.send(HttpMethod.DELETE, VERSION + "/sobjects/Account/" + gone, token, null);
    String window = "?start=2000-01-01T00:00:00Z&end=2100-01-01T00:00:00Z";
    assertThat(sf.get(VERSION + "/sobjects/Account/updated" + window, token).bodyAsJsonObject().getJsonArray("ids"))
        .contains(kept).doesNotContain(gone);
    JsonArray deleted = sf.get(VERSION + "/sobjects/Account/deleted" + window, token).bodyAsJsonObject()
        .getJsonArray("deletedRecords");
    assertThat(deleted.stream().map(d -> ((JsonObject) d).getString("id"))).contains(gone).doesNotContain(kept);
  }
}
