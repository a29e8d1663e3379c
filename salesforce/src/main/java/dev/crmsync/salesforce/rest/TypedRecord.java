package dev.crmsync.salesforce.rest;

import io.vertx.core.json.JsonObject;

/** A record to write: its object type and its fields. */
public record TypedRecord(String sobject, JsonObject fields) {
  public TypedRecord {
    if (sobject == null || !sobject.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("sobject must be an API name, got '" + sobject + "'");
    }
    if (fields == null) {
      throw new IllegalArgumentException("fields must be given");
    }
  }
}
