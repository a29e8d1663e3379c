package dev.crmsync.gateway.match;

import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/** {@code POST /admin/match/tenants/{tenant}/run}: a full rematch of a tenant, for operators. */
public final class MatchRoutes {
  static final String TENANT_EXISTS = "SELECT 1 FROM tenant WHERE id = $1";

  private MatchRoutes() {
  }

  public static Router router(Vertx vertx, Pool pool, MatchService matching, Handler<RoutingContext> operator) {
    Router router = Router.router(vertx);
    router.route().handler(operator);
    router.post("/tenants/:tenant/run").respond(ctx -> {
      UUID tenant = tenant(ctx);
      return pool.preparedQuery(TENANT_EXISTS).execute(Tuple.of(tenant))
          .compose(rows -> {
            if (rows.size() == 0) {
              throw new ApiException(404, "NOT_FOUND", "no tenant " + tenant);
            }
            return matching.matchAllLater(vertx, tenant);
          })
          .map(summary -> JsonObject.mapFrom(summary).put("tenantId", tenant.toString()));
    });
    return router;
  }

  private static UUID tenant(RoutingContext ctx) {
    String raw = ctx.pathParam("tenant");
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "BAD_REQUEST", "tenant must be a UUID, got '" + raw + "'");
    }
  }
}
