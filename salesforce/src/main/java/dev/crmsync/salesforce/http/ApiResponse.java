package dev.crmsync.salesforce.http;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A successful answer, read whole: fine for JSON calls, never used for Bulk results. */
public record ApiResponse(int status, MultiMap headers, Buffer body) {
  public JsonObject json() {
    return body.length() == 0 ? new JsonObject() : body.toJsonObject();
  }

  public JsonArray jsonArray() {
    return body.toJsonArray();
  }

  public String header(String name) {
    return headers.get(name);
  }
}
