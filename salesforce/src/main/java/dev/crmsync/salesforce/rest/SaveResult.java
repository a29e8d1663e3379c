package dev.crmsync.salesforce.rest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;

/** The outcome of one record of a write: its id, or the errors Salesforce gave. */
public record SaveResult(Optional<String> id, List<Error> errors) {
  public SaveResult {
    errors = List.copyOf(errors);
  }

  /** One refusal: {@code statusCode} (collections) or {@code errorCode} (single calls), and the message. */
  public record Error(String code, String message) {
  }

  public boolean success() {
    return errors.isEmpty() && id.isPresent();
  }

  static SaveResult fromJson(JsonObject json) {
    JsonArray errors = json.getJsonArray("errors", new JsonArray());
    List<Error> read = errors.stream()
        .map(JsonObject.class::cast)
        .map(e -> new Error(e.getString("statusCode", e.getString("errorCode", "UNKNOWN")), e.getString("message", "")))
        .toList();
    return new SaveResult(Optional.ofNullable(json.getString("id")), read);
  }
}
