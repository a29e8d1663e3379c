package dev.crmsync.emulator.bulk;

import dev.crmsync.emulator.faults.Faults;
import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.SalesforceIds;
import dev.crmsync.emulator.org.Sharing;
import dev.crmsync.emulator.rest.ApiErrors;
import dev.crmsync.emulator.rest.ApiGate;
import dev.crmsync.emulator.rest.RestRoutes;
import dev.crmsync.emulator.soql.QueryPlan;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk API 2.0 query jobs under {@code /jobs/query}: create, info, list, abort, delete and results pages as CSV
 * with {@code Sforce-Locator} ({@code null} on the last page) and {@code Sforce-NumberOfRecords}, and the
 * result page URLs of {@code resultPages}. Jobs move
 * UploadComplete → InProgress → JobComplete (or Failed) over time; the query runs on a worker thread.
 */
public final class BulkRoutes {
  private static final int MAX_JOBS = 1000;

  private final Vertx vertx;
  private final Org org;
  private final Faults faults;
  private final BulkSettings settings;
  private final Clock clock;
  private final AtomicLong counter = new AtomicLong();
  private final Map<String, QueryJob> jobs = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, QueryJob> eldest) {
      if (size() > MAX_JOBS) {
        eldest.getValue().release();
        return true;
      }
      return false;
    }
  };

  private BulkRoutes(Vertx vertx, Org org, Faults faults, BulkSettings settings) {
    this.vertx = vertx;
    this.org = org;
    this.faults = faults;
    this.settings = settings;
    this.clock = org.settings().clock();
  }

  /** Adds the routes; the {@link ApiGate} must already be on {@code /services/data/:version/*}. */
  public static void mount(Router router, Vertx vertx, Org org, Faults faults, BulkSettings settings) {
    BulkRoutes routes = new BulkRoutes(vertx, org, faults, settings);
    String path = RestRoutes.DATA + "/jobs/query";
    router.post(path).handler(routes::create);
    router.get(path).handler(routes::list);
    router.get(path + "/:jobId").handler(routes::info);
    router.patch(path + "/:jobId").handler(routes::abort);
    router.delete(path + "/:jobId").handler(routes::delete);
    router.get(path + "/:jobId/results").handler(routes::results);
    router.get(path + "/:jobId/resultPages").handler(routes::resultPages);
  }

  private void create(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    if (body == null) {
      ApiErrors.send(ctx, 400, "JSON_PARSER_ERROR", "The request body is empty");
      return;
    }
    String operation = body.getString("operation", "query");
    if (!operation.equals("query") && !operation.equals("queryAll")) {
      ApiErrors.send(ctx, 400, "INVALIDJOB", "operation must be query or queryAll, got " + operation);
      return;
    }
    if (!"CSV".equals(body.getString("contentType", "CSV"))) {
      ApiErrors.send(ctx, 400, "INVALIDJOB", "contentType must be CSV");
      return;
    }
    CsvLayout layout;
    try {
      layout = new CsvLayout(body.getString("columnDelimiter", "COMMA"), body.getString("lineEnding", "LF"));
    } catch (IllegalArgumentException e) {
      ApiErrors.send(ctx, 400, "INVALIDJOB", e.getMessage());
      return;
    }
    QueryPlan plan = QueryPlan.compile(org, body.getString("query"), QueryPlan.Api.BULK);
    QueryJob job = new QueryJob(SalesforceIds.mint("750", counter.incrementAndGet()), operation, plan,
        ApiGate.caller(ctx), ApiGate.version(ctx), layout, clock.instant());
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
    vertx.setTimer(delay(), t -> start(job));
    ApiErrors.json(ctx, 200, job.info(false));
  }

  private void start(QueryJob job) {
    if (!job.moveTo(JobState.InProgress, clock.instant())) {
      return;
    }
    long started = System.nanoTime();
    vertx.executeBlocking(() -> job.plan().run(org, Sharing.of(org, job.caller()), job.includeDeleted()), false)
        .onComplete(result -> vertx.setTimer(delay(), t -> {
          if (result.failed()) {
            job.fail(result.cause().getMessage(), clock.instant());
          } else if (faults.current().failBulkJobs()) {
            job.fail("InternalServerError: the job failed (injected fault)", clock.instant());
          } else {
            job.complete(result.result(), (System.nanoTime() - started) / 1_000_000, clock.instant());
          }
        }));
  }

  private long delay() {
    return Math.max(1, settings.stepDelay().toMillis());
  }

  private void list(RoutingContext ctx) {
    JsonArray records = new JsonArray();
    Caller caller = ApiGate.caller(ctx);
    synchronized (jobs) {
      jobs.values().stream().filter(job -> job.caller().userId().equals(caller.userId()))
          .forEach(job -> records.add(job.info(false)));
    }
    ApiErrors.json(ctx, 200, new JsonObject().put("done", true).put("records", records).putNull("nextRecordsUrl"));
  }

  private void info(RoutingContext ctx) {
    QueryJob job = job(ctx);
    if (job != null) {
      ApiErrors.json(ctx, 200, job.info(true));
    }
  }

  private void abort(RoutingContext ctx) {
    QueryJob job = job(ctx);
    if (job == null) {
      return;
    }
    JsonObject body = ctx.body().asJsonObject();
    if (body == null || !"Aborted".equals(body.getString("state"))) {
      ApiErrors.send(ctx, 400, "INVALIDJOBSTATE", "a query job can only be set to state Aborted");
    } else if (!job.moveTo(JobState.Aborted, clock.instant())) {
      ApiErrors.send(ctx, 400, "INVALIDJOBSTATE", "Job " + job.id() + " is " + job.state() + " and cannot be aborted");
    } else {
      ApiErrors.json(ctx, 200, job.info(false));
    }
  }

  private void delete(RoutingContext ctx) {
    QueryJob job = job(ctx);
    if (job == null) {
      return;
    }
    if (!job.state().isFinal()) {
      ApiErrors.send(ctx, 400, "INVALIDJOBSTATE", "Job " + job.id() + " is " + job.state()
          + "; abort it before deleting it");
      return;
    }
    synchronized (jobs) {
      jobs.remove(job.id());
    }
    job.release();
    ctx.response().setStatusCode(204).end();
  }

  /** A job whose results can be read with this call's version, or null once the refusal is sent. */
  private QueryJob completeJob(RoutingContext ctx) {
    QueryJob job = job(ctx);
    if (job == null) {
      return null;
    }
    if (!job.apiVersion().equals(ApiGate.version(ctx))) {
      ApiErrors.send(ctx, 409, "API_VERSION_MISMATCH", "Job " + job.id() + " was created with API version "
          + job.apiVersion() + "; fetch its results with the same version");
      return null;
    }
    if (job.state() != JobState.JobComplete) {
      ApiErrors.send(ctx, 412, "JOB_NOT_COMPLETE", "can only download query results of successfully completed"
          + " bulk job with status: JOB_COMPLETE. Current status: " + job.state().constantName());
      return null;
    }
    return job;
  }

  /** Up to five result page URLs at a time (API 58.0+), for clients that download pages in parallel. */
  private void resultPages(RoutingContext ctx) {
    QueryJob job = completeJob(ctx);
    if (job == null) {
      return;
    }
    int size = job.rows().size();
    int pageSize = pageSize(ctx.request().getParam("maxRecords"));
    int offset = offset(ctx.request().getParam("locator"));
    if (offset < 0 || offset > size || pageSize < 1) {
      ApiErrors.send(ctx, 400, "INVALIDLOCATOR_OR_MAXRECORDS", "locator or maxRecords is not valid");
      return;
    }
    String jobPath = ApiGate.base(ctx) + "/jobs/query/" + job.id();
    JsonArray pages = new JsonArray();
    int next = offset;
    for (int page = 0; page < 5 && (next < size || size == 0 && page == 0); page++) {
      pages.add(new JsonObject().put("resultUrl", jobPath + "/results?locator=" + locator(next) + "&maxRecords="
          + pageSize));
      next = (int) Math.min(size, (long) next + pageSize);
    }
    boolean done = next >= size;
    ApiErrors.json(ctx, 200, new JsonObject().put("resultPages", pages).put("done", done)
        .put("nextRecordsUrl", done ? null : jobPath + "/resultPages?locator=" + locator(next) + "&maxRecords="
            + pageSize));
  }

  private void results(RoutingContext ctx) {
    QueryJob job = completeJob(ctx);
    if (job == null) {
      return;
    }
    List<String[]> rows = job.rows();
    int offset = offset(ctx.request().getParam("locator"));
    int pageSize = pageSize(ctx.request().getParam("maxRecords"));
    if (offset < 0 || offset > rows.size() || pageSize < 1) {
      ApiErrors.send(ctx, 400, "INVALIDLOCATOR_OR_MAXRECORDS", "locator or maxRecords is not valid");
      return;
    }
    int end = (int) Math.min(rows.size(), (long) offset + pageSize);
    ctx.response().setChunked(true)
        .putHeader("Content-Type", "text/csv")
        .putHeader("Sforce-Locator", end < rows.size() ? locator(end) : "null")
        .putHeader("Sforce-NumberOfRecords", Integer.toString(end - offset));
    new CsvPageWriter(org, ctx.response(), job.plan().columns(), rows.subList(offset, end), job.layout().format(),
        faults.takeTruncation(), vertx.getOrCreateContext()).write();
  }

  private QueryJob job(RoutingContext ctx) {
    QueryJob job;
    synchronized (jobs) {
      job = jobs.get(SalesforceIds.canonical(ctx.pathParam("jobId")).orElse(""));
    }
    if (job == null || !job.caller().userId().equals(ApiGate.caller(ctx).userId())) {
      ApiErrors.send(ctx, 404, "NOT_FOUND", "Could not find the job with id " + ctx.pathParam("jobId"));
      return null;
    }
    return job;
  }

  private int pageSize(String maxRecords) {
    if (maxRecords == null) {
      return settings.defaultPageSize();
    }
    try {
      return Integer.parseInt(maxRecords);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Locators are opaque base64 strings, like Salesforce's; here they encode the next row's offset. */
  static String locator(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(offset)
        .getBytes(StandardCharsets.US_ASCII));
  }

  static int offset(String locator) {
    if (locator == null || locator.isEmpty()) {
      return 0;
    }
    try {
      return Integer.parseInt(new String(Base64.getUrlDecoder().decode(locator), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
