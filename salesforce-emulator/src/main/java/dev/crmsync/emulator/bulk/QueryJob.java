package dev.crmsync.emulator.bulk;

import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.Values;
import dev.crmsync.emulator.soql.QueryPlan;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One Bulk API 2.0 query job: what it runs, as whom, its state, and once complete the snapshot of its records
 * (row references, not copies), which results pages are written from.
 */
final class QueryJob {
  private final String id;
  private final String operation;
  private final QueryPlan plan;
  private final Caller caller;
  private final String apiVersion;
  private final CsvLayout layout;
  private final String createdDate;
  private volatile JobState state = JobState.UploadComplete;
  private volatile String systemModstamp;
  private volatile List<String[]> rows = List.of();
  private volatile long processingMillis;
  private volatile String errorMessage;

  QueryJob(String id, String operation, QueryPlan plan, Caller caller, String apiVersion, CsvLayout layout,
           Instant created) {
    this.id = id;
    this.operation = operation;
    this.plan = plan;
    this.caller = caller;
    this.apiVersion = apiVersion;
    this.layout = layout;
    this.createdDate = Values.canonical(created);
    this.systemModstamp = createdDate;
  }

  String id() {
    return id;
  }

  QueryPlan plan() {
    return plan;
  }

  Caller caller() {
    return caller;
  }

  boolean includeDeleted() {
    return operation.equals("queryAll");
  }

  String apiVersion() {
    return apiVersion;
  }

  CsvLayout layout() {
    return layout;
  }

  JobState state() {
    return state;
  }

  List<String[]> rows() {
    return rows;
  }

  /** Moves to a new state unless the job already ended (an abort wins over a finishing run). */
  synchronized boolean moveTo(JobState next, Instant now) {
    if (state.isFinal()) {
      return false;
    }
    state = next;
    systemModstamp = Values.canonical(now);
    return true;
  }

  synchronized void complete(List<String[]> result, long millis, Instant now) {
    if (moveTo(JobState.JobComplete, now)) {
      rows = result;
      processingMillis = millis;
    }
  }

  synchronized void fail(String message, Instant now) {
    if (moveTo(JobState.Failed, now)) {
      errorMessage = message;
    }
  }

  /** Lets go of the records once the job is deleted. */
  void release() {
    rows = List.of();
  }

  JsonObject info(boolean full) {
    JsonObject info = new JsonObject()
        .put("id", id)
        .put("operation", operation)
        .put("object", plan.object())
        .put("createdById", caller.userId())
        .put("createdDate", Values.restDateTime(createdDate))
        .put("systemModstamp", Values.restDateTime(systemModstamp))
        .put("state", state.name())
        .put("concurrencyMode", "Parallel")
        .put("contentType", "CSV")
        .put("apiVersion", Double.valueOf(apiVersion))
        .put("lineEnding", layout.lineEnding())
        .put("columnDelimiter", layout.columnDelimiter());
    if (full) {
      info.put("jobType", "V2Query")
          .put("numberRecordsProcessed", state == JobState.JobComplete ? rows.size() : 0)
          .put("retries", 0)
          .put("totalProcessingTime", processingMillis)
          .put("isPkChunkingSupported", true);
      if (errorMessage != null) {
        info.put("errorMessage", errorMessage);
      }
    }
    return info;
  }
}
