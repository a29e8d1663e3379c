package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.SaveError;
import dev.crmsync.emulator.org.Table;
import dev.crmsync.emulator.org.Values;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/**
 * {@code /sobjects/{Object}/updated} and {@code /deleted}: ids changed or deleted between {@code start} and
 * {@code end}, by SystemModstamp; deleted records include those removed for good (AccountTeamMember).
 */
final class ChangesRoutes {
  private final RestContext context;

  ChangesRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.get(RestRoutes.DATA + "/sobjects/:object/updated").handler(ctx -> changes(ctx, false));
    router.get(RestRoutes.DATA + "/sobjects/:object/updated/").handler(ctx -> changes(ctx, false));
    router.get(RestRoutes.DATA + "/sobjects/:object/deleted").handler(ctx -> changes(ctx, true));
    router.get(RestRoutes.DATA + "/sobjects/:object/deleted/").handler(ctx -> changes(ctx, true));
  }

  private void changes(RoutingContext ctx, boolean deleted) {
    Table table = context.org().table(ctx.pathParam("object"))
        .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist")));
    String start = bound(ctx, "start");
    String end = bound(ctx, "end");
    ObjectSchema schema = table.schema();
    int id = schema.column("Id");
    int stamp = schema.column("SystemModstamp");
    JsonArray found = context.org().read(() -> {
      JsonArray items = new JsonArray();
      table.forEach(row -> {
        String modified = row[stamp];
        if (table.isDeleted(row) == deleted && modified.compareTo(start) >= 0 && modified.compareTo(end) <= 0) {
          items.add(deleted ? new JsonObject().put("id", row[id]).put("deletedDate", Values.restDateTime(modified))
              : row[id]);
        }
      });
      if (deleted) {
        table.purged().stream()
            .filter(d -> d.deletedDate().compareTo(start) >= 0 && d.deletedDate().compareTo(end) <= 0)
            .forEach(d -> items.add(new JsonObject().put("id", d.id())
                .put("deletedDate", Values.restDateTime(d.deletedDate()))));
      }
      return items;
    });
    JsonObject answer = new JsonObject().put(deleted ? "deletedRecords" : "ids", found)
        .put("latestDateCovered", Values.restDateTime(end));
    if (deleted) {
      answer.put("earliestDateAvailable", Values.restDateTime(Values.canonical(Instant.EPOCH)));
    }
    ApiErrors.json(ctx, 200, answer);
  }

  private static String bound(RoutingContext ctx, String name) {
    String value = ctx.request().getParam(name);
    return Values.parseDateTime(value == null ? "" : value).map(Values::canonical)
        .orElseThrow(() -> new RecordException(400, SaveError.of("INVALID_REPLICATION_DATE",
            name + " must be a datetime such as 2026-01-01T00:00:00+00:00, got " + value)));
  }
}
