package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.SaveError;
import dev.crmsync.emulator.soql.SoqlException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** The REST API's error answers: a JSON array of {@code {message, errorCode, fields?}}. */
public final class ApiErrors {
  private ApiErrors() {
  }

  public static void send(RoutingContext ctx, int status, String code, String message) {
    send(ctx, status, List.of(SaveError.of(code, message)));
  }

  public static void send(RoutingContext ctx, RecordException e) {
    send(ctx, e.status(), e.errors());
  }

  public static void send(RoutingContext ctx, SoqlException e) {
    send(ctx, 400, e.code(), e.getMessage());
  }

  public static void send(RoutingContext ctx, int status, List<SaveError> errors) {
    JsonArray body = new JsonArray();
    errors.forEach(error -> {
      JsonObject item = new JsonObject().put("message", error.message()).put("errorCode", error.code());
      if (!error.fields().isEmpty()) {
        item.put("fields", new JsonArray(error.fields()));
      }
      body.add(item);
    });
    if (!ctx.response().ended()) {
      ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json;charset=UTF-8")
          .end(body.encode());
    }
  }

  /** Answers a failure of an API handler: known refusals with their shape, anything else as a 500. */
  public static void handle(RoutingContext ctx, Throwable failure) {
    if (failure == null) {
      int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
      send(ctx, status, status == 404 ? "NOT_FOUND" : "UNKNOWN_EXCEPTION",
          status == 404 ? "The requested resource does not exist" : "Request failed with status " + status);
      return;
    }
    switch (failure) {
      case RecordException e -> send(ctx, e);
      case SoqlException e -> send(ctx, e);
      case io.vertx.core.json.DecodeException e -> send(ctx, 400, "JSON_PARSER_ERROR", e.getMessage());
      case ClassCastException e -> send(ctx, 400, "JSON_PARSER_ERROR", e.getMessage());
      default -> send(ctx, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred: " + failure);
    }
  }

  public static void json(RoutingContext ctx, int status, Object body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json;charset=UTF-8")
        .end(body instanceof JsonObject o ? o.encode() : ((JsonArray) body).encode());
  }
}
