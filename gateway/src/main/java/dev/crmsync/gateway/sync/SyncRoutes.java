package dev.crmsync.gateway.sync;

import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The admin's sync endpoints, mounted at {@code /admin/sync/*}: status, "sync now", the interval and the custom
 * field mapping of a tenant.
 */
public final class SyncRoutes {
  private static final int RECENT_RUNS = 10;
  private static final int MAX_MAPPED_FIELDS = 200;

  private SyncRoutes() {
  }

  public static Router router(Vertx vertx, Pool pool, SyncService sync, Handler<RoutingContext> operator) {
    Router router = Router.router(vertx);
    router.route().handler(operator);
    router.get("/tenants/:tenant").respond(ctx -> status(pool, sync, tenant(ctx)));
    router.post("/tenants/:tenant/run").handler(ctx -> {
      UUID tenant = tenant(ctx);
      boolean keyScan = body(ctx).getBoolean("keyScan", false);
      exists(pool, tenant)
          .compose(found -> {
            Future<RunResult> started = keyScan ? sync.syncNowWithKeyScan(tenant) : sync.syncNow(tenant);
            return started.failed() ? started.mapEmpty() : Future.succeededFuture();
          })
          .onSuccess(v -> ctx.response().setStatusCode(202).putHeader("content-type", "application/json")
              .end(new JsonObject().put("started", true).put("tenantId", tenant.toString()).encode()))
          .onFailure(ctx::fail);
    });
    router.put("/tenants/:tenant/interval").respond(ctx -> {
      int seconds = body(ctx).getInteger("seconds", 0);
      if (seconds < 60) {
        throw new ApiException(400, "BAD_REQUEST", "seconds must be at least 60, got " + seconds);
      }
      return pool.preparedQuery(SyncStatusQueries.SET_INTERVAL).execute(Tuple.of(tenant(ctx), seconds))
          .map(rows -> requireTenant(rows.rowCount(), tenant(ctx)))
          .map(v -> new JsonObject().put("intervalSeconds", seconds));
    });
    router.get("/tenants/:tenant/field-mapping").respond(ctx -> mapping(pool, tenant(ctx)));
    router.put("/tenants/:tenant/field-mapping").respond(ctx -> {
      UUID tenant = tenant(ctx);
      List<Tuple> fields = mappedFields(tenant, body(ctx));
      return exists(pool, tenant)
          .compose(found -> pool.withTransaction(conn -> conn.preparedQuery(SyncStatusQueries.CLEAR_MAPPING)
              .execute(Tuple.of(tenant))
              .compose(cleared -> fields.isEmpty() ? Future.succeededFuture()
                  : conn.preparedQuery(SyncStatusQueries.ADD_MAPPING).executeBatch(fields).mapEmpty())))
          .compose(saved -> mapping(pool, tenant));
    });
    return router;
  }

  private static Future<JsonObject> status(Pool pool, SyncService sync, UUID tenant) {
    Future<Integer> interval = pool.preparedQuery(SyncStatusQueries.TENANT).execute(Tuple.of(tenant))
        .map(rows -> {
          requireTenant(rows.size(), tenant);
          return rows.iterator().next().getInteger(0);
        });
    Future<JsonArray> runs = pool.preparedQuery(SyncStatusQueries.RECENT_RUNS).execute(Tuple.of(tenant, RECENT_RUNS))
        .map(rows -> {
          JsonArray list = new JsonArray();
          rows.forEach(row -> list.add(run(row)));
          return list;
        });
    Future<String> lastSynced = pool.preparedQuery(SyncStatusQueries.LAST_SYNCED).execute(Tuple.of(tenant))
        .map(rows -> text(rows.iterator().next().getOffsetDateTime(0)));
    Future<JsonObject> watermarks = byObject(pool, SyncStatusQueries.WATERMARKS, tenant);
    Future<JsonObject> records = byObject(pool, SyncStatusQueries.RECORD_COUNTS, tenant);
    return Future.all(interval, runs, lastSynced, watermarks, records).map(all -> new JsonObject()
        .put("tenantId", tenant.toString())
        .put("running", sync.running(tenant))
        .put("intervalSeconds", interval.result())
        .put("lastSyncedAt", lastSynced.result())
        .put("records", records.result())
        .put("watermarks", watermarks.result())
        .put("runs", runs.result()));
  }

  private static Future<JsonObject> byObject(Pool pool, String sql, UUID tenant) {
    return pool.preparedQuery(sql).execute(Tuple.of(tenant)).map(rows -> {
      JsonObject json = new JsonObject();
      rows.forEach(row -> json.put(row.getString(0), row.getValue(1) instanceof OffsetDateTime t ? t.toString()
          : row.getValue(1)));
      return json;
    });
  }

  private static Future<JsonObject> mapping(Pool pool, UUID tenant) {
    return pool.preparedQuery(SyncStatusQueries.MAPPING).execute(Tuple.of(tenant)).map(rows -> {
      JsonObject json = new JsonObject();
      rows.forEach(row -> {
        if (!json.containsKey(row.getString(0))) {
          json.put(row.getString(0), new JsonArray());
        }
        json.getJsonArray(row.getString(0)).add(row.getString(1));
      });
      return json;
    });
  }

  private static List<Tuple> mappedFields(UUID tenant, JsonObject body) {
    List<Tuple> fields = new ArrayList<>();
    body.forEach(entry -> {
      if (SyncObjects.named(entry.getKey()).isEmpty()) {
        throw new ApiException(400, "BAD_REQUEST", "'" + entry.getKey() + "' is not a synced object");
      }
      if (!(entry.getValue() instanceof JsonArray names)) {
        throw new ApiException(400, "BAD_REQUEST", entry.getKey() + " must map to an array of field names");
      }
      names.forEach(name -> {
        if (!(name instanceof String field) || !field.matches("[A-Za-z][A-Za-z0-9_]*__c")) {
          throw new ApiException(400, "BAD_REQUEST", "custom fields are API names ending in __c, got '" + name + "'");
        }
        fields.add(Tuple.of(tenant, entry.getKey(), field));
      });
    });
    if (fields.size() > MAX_MAPPED_FIELDS) {
      throw new ApiException(400, "BAD_REQUEST", "at most " + MAX_MAPPED_FIELDS + " custom fields, got " + fields.size());
    }
    return fields;
  }

  private static JsonObject run(Row row) {
    return new JsonObject()
        .put("id", row.getLong("id"))
        .put("mode", row.getString("mode"))
        .put("status", row.getString("status"))
        .put("startedAt", text(row.getOffsetDateTime("started_at")))
        .put("finishedAt", text(row.getOffsetDateTime("finished_at")))
        .put("apiCalls", row.getInteger("api_calls"))
        .put("objects", row.getJsonObject("object_counts"))
        .put("error", row.getString("error"));
  }

  private static Future<Void> exists(Pool pool, UUID tenant) {
    return pool.preparedQuery(SyncStatusQueries.TENANT).execute(Tuple.of(tenant))
        .map(rows -> requireTenant(rows.size(), tenant));
  }

  private static Void requireTenant(int rows, UUID tenant) {
    if (rows == 0) {
      throw new ApiException(404, "NOT_FOUND", "no tenant " + tenant);
    }
    return null;
  }

  private static String text(OffsetDateTime time) {
    return time == null ? null : time.toString();
  }

  private static UUID tenant(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("tenant"));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "BAD_REQUEST", "tenant must be a UUID, got '" + ctx.pathParam("tenant") + "'");
    }
  }

  private static JsonObject body(RoutingContext ctx) {
    JsonObject body = ctx.body().length() == 0 ? null : ctx.body().asJsonObject();
    return body == null ? new JsonObject() : body;
  }
}
