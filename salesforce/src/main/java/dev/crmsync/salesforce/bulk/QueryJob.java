package dev.crmsync.salesforce.bulk;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/** A Bulk API 2.0 query job as Salesforce reports it. */
public record QueryJob(String id, String state, Optional<String> errorMessage) {
  static final Set<String> TERMINAL = Set.of("JobComplete", "Failed", "Aborted");

  public QueryJob {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be empty");
    }
    if (state == null || state.isBlank()) {
      throw new IllegalArgumentException("state must not be empty");
    }
  }

  static QueryJob fromJson(JsonObject json) {
    return new QueryJob(json.getString("id"), json.getString("state"),
        Optional.ofNullable(json.getString("errorMessage")));
  }

  public boolean done() {
    return TERMINAL.contains(state);
  }

  public boolean complete() {
    return "JobComplete".equals(state);
  }
}
