package dev.crmsync.salesforce.bulk;

import dev.crmsync.salesforce.http.ApiRequest;
import dev.crmsync.salesforce.http.SalesforceApi;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Bulk API 2.0 query jobs (salesforce-api.md §3): create, wait for, and page through the CSV results. */
public final class BulkQueryClient {
  private final Vertx vertx;
  private final SalesforceApi api;
  private final PollSettings poll;

  public BulkQueryClient(Vertx vertx, SalesforceApi api, PollSettings poll) {
    this.vertx = vertx;
    this.api = api;
    this.poll = poll;
  }

  /** Creates a job; comma-separated, LF-terminated CSV is asked for explicitly rather than assumed. */
  public Future<QueryJob> create(String soql, QueryOperation operation) {
    JsonObject body = new JsonObject()
        .put("operation", operation.apiName())
        .put("query", soql)
        .put("contentType", "CSV")
        .put("columnDelimiter", "COMMA")
        .put("lineEnding", "LF");
    // a repeated create only leaves an unused job behind, so it may be retried
    return api.send(ApiRequest.json(HttpMethod.POST, jobsPath(""), body, true))
        .map(response -> QueryJob.fromJson(response.json()));
  }

  public Future<QueryJob> status(String jobId) {
    return api.send(ApiRequest.get(jobsPath("/" + jobId))).map(response -> QueryJob.fromJson(response.json()));
  }

  /** Polls with a growing interval until the job is complete; fails if it failed, was aborted or timed out. */
  public Future<QueryJob> awaitCompletion(String jobId) {
    return awaitCompletion(jobId, 0, System.nanoTime() + poll.timeout().toNanos());
  }

  private Future<QueryJob> awaitCompletion(String jobId, int polls, long deadline) {
    return vertx.timer(poll.delay(polls).toMillis())
        .compose(fired -> status(jobId))
        .compose(job -> {
          if (job.complete()) {
            return Future.succeededFuture(job);
          }
          if (job.done()) {
            return Future.failedFuture(new BulkJobException("query job " + jobId + " ended " + job.state()
                + job.errorMessage().map(m -> ": " + m).orElse("")));
          }
          if (System.nanoTime() > deadline) {
            return Future.failedFuture(new BulkJobException("query job " + jobId + " still " + job.state()
                + " after " + poll.timeout()));
          }
          return awaitCompletion(jobId, polls + 1, deadline);
        });
  }

  /** One page of results, streaming; {@code maxRecords} bounds its rows. */
  public Future<ResultPage> page(String jobId, Optional<String> locator, int maxRecords) {
    String query = "?maxRecords=" + maxRecords
        + locator.map(l -> "&locator=" + URLEncoder.encode(l, StandardCharsets.UTF_8)).orElse("");
    ApiRequest request = ApiRequest.get(jobsPath("/" + jobId + "/results" + query)).withHeader("Accept", "text/csv");
    return api.stream(request).map(response -> new ResultPage(response.body(),
        ResultPage.locator(response.header("Sforce-Locator")),
        parseCount(response.header("Sforce-NumberOfRecords"))));
  }

  private static long parseCount(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String jobsPath(String rest) {
    return api.settings().dataPath() + "/jobs/query" + rest;
  }
}
