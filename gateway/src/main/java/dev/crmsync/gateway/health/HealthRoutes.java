package dev.crmsync.gateway.health;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.sqlclient.Pool;

/**
 * {@code GET /health}: readiness, with the database checked ({@code 200 {"status":"UP"...}} or 503 DOWN);
 * {@code GET /health/live}: liveness, the process answering at all.
 */
public final class HealthRoutes {
  private static final long DATABASE_TIMEOUT_MS = 2_000;
  private static final JsonObject LIVE = new JsonObject().put("status", "UP");

  private HealthRoutes() {
  }

  public static Router router(Vertx vertx, Pool pool) {
    HealthChecks readiness = HealthChecks.create(vertx)
        .register("database", DATABASE_TIMEOUT_MS, promise -> pool.query("SELECT 1").execute()
            .map(rows -> Status.OK())
            .otherwise(failure -> Status.KO())
            .onComplete(promise));
    Router router = Router.router(vertx);
    router.get("/").handler(HealthCheckHandler.createWithHealthChecks(readiness));
    // liveness is the process answering at all: no procedure to run, so no HealthChecks (which would answer 204)
    router.get("/live").handler(ctx -> ctx.json(LIVE));
    return router;
  }
}
