package dev.crmsync.salesforce.rest;

import dev.crmsync.salesforce.http.ApiRequest;
import dev.crmsync.salesforce.http.SalesforceApi;
import dev.crmsync.salesforce.limits.ApiUsage;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The REST calls of the product, made as the session's user so that Salesforce applies that user's
 * permissions: create Task and Note, update Lead and Contact, look records up, and read the org's limits. A
 * refusal fails with {@link dev.crmsync.salesforce.http.SalesforceApiException}; nothing is retried as another
 * user.
 */
public final class RestClient {
  /** sObject Collections take at most 200 records a call. */
  public static final int COLLECTION_MAX = 200;

  private final SalesforceApi api;

  public RestClient(SalesforceApi api) {
    this.api = api;
  }

  /** Creates one record and returns its id. Not retried after a 5xx: it might have been created. */
  public Future<String> create(String sobject, JsonObject fields) {
    return api.send(ApiRequest.json(HttpMethod.POST, sobjects("/" + sobject + "/"), fields, false))
        .map(response -> response.json().getString("id"));
  }

  /** Updates the given fields of a record; a null value clears a field. */
  public Future<Void> update(String sobject, String id, JsonObject fields) {
    return api.send(ApiRequest.json(HttpMethod.PATCH, sobjects("/" + sobject + "/" + id), fields, true))
        .mapEmpty();
  }

  /**
   * Creates up to 200 records of any types in one call ({@code POST /composite/sobjects}, allOrNone false):
   * each record is {@code fields} plus its type; results come back in order.
   */
  public Future<List<SaveResult>> createAll(List<TypedRecord> records) {
    if (records.isEmpty() || records.size() > COLLECTION_MAX) {
      throw new IllegalArgumentException("records must be 1 to 200, got " + records.size());
    }
    JsonArray body = new JsonArray();
    records.forEach(record -> body.add(record.fields().copy()
        .put("attributes", new JsonObject().put("type", record.sobject()))));
    JsonObject request = new JsonObject().put("allOrNone", false).put("records", body);
    return api.send(ApiRequest.json(HttpMethod.POST, api.settings().dataPath() + "/composite/sobjects", request,
            false))
        .map(response -> response.jsonArray().stream()
            .map(JsonObject.class::cast)
            .map(SaveResult::fromJson)
            .toList());
  }

  /** Runs a SOQL query and follows {@code nextRecordsUrl} to the end; for lookups, not for bulk reads. */
  public Future<List<JsonObject>> query(String soql) {
    String path = api.settings().dataPath() + "/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8);
    return queryFrom(path, new ArrayList<>());
  }

  private Future<List<JsonObject>> queryFrom(String path, List<JsonObject> collected) {
    return api.send(ApiRequest.get(path)).compose(response -> {
      JsonObject page = response.json();
      page.getJsonArray("records", new JsonArray()).forEach(record -> collected.add((JsonObject) record));
      String next = page.getString("nextRecordsUrl");
      return page.getBoolean("done", true) || next == null
          ? Future.succeededFuture(collected)
          : queryFrom(next, collected);
    });
  }

  /** The org's daily API requests, used and allowed, from {@code GET /limits}; also fed to the meter. */
  public Future<ApiUsage> dailyApiRequests() {
    return api.send(ApiRequest.get(api.settings().dataPath() + "/limits/")).map(response -> {
      JsonObject daily = response.json().getJsonObject("DailyApiRequests", new JsonObject());
      long max = daily.getLong("Max", 0L);
      ApiUsage usage = new ApiUsage(Math.max(0, max - daily.getLong("Remaining", max)), Math.max(1, max));
      api.meter().recordUsage(usage);
      return usage;
    });
  }

  /** The API names of an object's fields, from {@code GET /sobjects/{X}/describe}. */
  public Future<List<String>> fieldNames(String sobject) {
    return api.send(ApiRequest.get(sobjects("/" + sobject + "/describe")))
        .map(response -> response.json().getJsonArray("fields", new JsonArray()).stream()
            .map(JsonObject.class::cast)
            .map(field -> field.getString("name"))
            .toList());
  }

  private String sobjects(String rest) {
    return api.settings().dataPath() + "/sobjects" + rest;
  }
}
