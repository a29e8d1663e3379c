package dev.crmsync.emulator.admin;

import dev.crmsync.emulator.faults.FaultSettings;
import dev.crmsync.emulator.faults.Faults;
import dev.crmsync.emulator.oauth.Sessions;
import dev.crmsync.emulator.org.Org;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The emulator's own endpoints under {@code /__emulator} (not part of Salesforce): switch faults at run time,
 * expire every access token, reset API usage, persist the org, and change records directly in tests.
 */
public final class AdminRoutes {
  public static final String PREFIX = "/__emulator";

  private final Org org;
  private final Sessions sessions;
  private final Faults faults;
  private final Supplier<Future<String>> persist;

  private AdminRoutes(Org org, Sessions sessions, Faults faults, Supplier<Future<String>> persist) {
    this.org = org;
    this.sessions = sessions;
    this.faults = faults;
    this.persist = persist;
  }

  /**
   * Adds the routes; a body handler must already be on the router.
   *
   * @param persist saves the org and gives the folder it went to
   */
  public static void mount(Router router, Org org, Sessions sessions, Faults faults,
                           Supplier<Future<String>> persist) {
    AdminRoutes routes = new AdminRoutes(org, sessions, faults, persist);
    router.get(PREFIX + "/faults").handler(ctx -> json(ctx, 200, toJson(faults.current())));
    router.post(PREFIX + "/faults").handler(routes::faults);
    router.post(PREFIX + "/persist").handler(routes::persist);
    router.post(PREFIX + "/records/:object").handler(routes::insert);
    router.patch(PREFIX + "/records/:object/:id").handler(routes::patch);
    router.delete(PREFIX + "/records/:object/:id").handler(routes::purge);
    router.route(PREFIX + "/*").failureHandler(ctx -> json(ctx, ctx.failure() instanceof IllegalArgumentException
        || ctx.failure() instanceof ClassCastException || ctx.failure() instanceof io.vertx.core.json.DecodeException
        ? 400 : 500, new JsonObject().put("error", String.valueOf(ctx.failure() == null ? ctx.statusCode()
        : ctx.failure().getMessage()))));
  }

  private void faults(RoutingContext ctx) {
    JsonObject body = body(ctx);
    FaultSettings updated = faults.update(current -> new FaultSettings(
        body.getLong("latencyMillis", current.latencyMillis()),
        body.getDouble("errorRate", current.errorRate()),
        body.getLong("dailyApiLimit", current.dailyApiLimit()),
        body.getInteger("truncatedPages", current.truncatedPages()),
        body.getBoolean("failBulkJobs", current.failBulkJobs())));
    if (body.getBoolean("expireAccessTokens", false)) {
      sessions.expireAll();
    }
    if (body.getBoolean("resetApiUsage", false)) {
      faults.resetApiCalls();
    }
    json(ctx, 200, toJson(updated));
  }

  private void persist(RoutingContext ctx) {
    persist.get().onSuccess(folder -> json(ctx, 200, new JsonObject().put("savedTo", folder)))
        .onFailure(ctx::fail);
  }

  private void insert(RoutingContext ctx) {
    String id = org.insert(ctx.pathParam("object"), strings(body(ctx)));
    json(ctx, 201, new JsonObject().put("id", id));
  }

  private void patch(RoutingContext ctx) {
    org.patch(ctx.pathParam("object"), ctx.pathParam("id"), strings(body(ctx)));
    ctx.response().setStatusCode(204).end();
  }

  private void purge(RoutingContext ctx) {
    org.purge(ctx.pathParam("object"), ctx.pathParam("id"));
    ctx.response().setStatusCode(204).end();
  }

  private static JsonObject body(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    return body == null ? new JsonObject() : body;
  }

  private static Map<String, String> strings(JsonObject body) {
    Map<String, String> fields = new LinkedHashMap<>();
    body.forEach(e -> fields.put(e.getKey(), e.getValue() == null ? null : e.getValue().toString()));
    return fields;
  }

  private static JsonObject toJson(FaultSettings settings) {
    return new JsonObject()
        .put("latencyMillis", settings.latencyMillis())
        .put("errorRate", settings.errorRate())
        .put("dailyApiLimit", settings.dailyApiLimit())
        .put("truncatedPages", settings.truncatedPages())
        .put("failBulkJobs", settings.failBulkJobs());
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
