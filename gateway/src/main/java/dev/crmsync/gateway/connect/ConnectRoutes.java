package dev.crmsync.gateway.connect;

import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.OAuthException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Tuple;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The Salesforce connection endpoints. Mounted twice: {@link #callbackRouter} at {@code /oauth/salesforce/*}
 * (where Salesforce sends the browser back) and {@link #adminRouter} at {@code /admin/salesforce/*}.
 */
public final class ConnectRoutes {
  private ConnectRoutes() {
  }

  /** {@code GET /callback?code&state}: completes a flow. */
  public static Router callbackRouter(Vertx vertx, ConnectFlow flow) {
    Router router = Router.router(vertx);
    router.get("/callback").respond(ctx -> callback(ctx, flow));
    return router;
  }

  /**
   * Admin endpoints: start a flow, connect the integration user (JWT bearer with a username, else client
   * credentials), list and revoke connections.
   */
  public static Router adminRouter(Vertx vertx, ConnectFlow flow, SalesforceAccess access, Handler<RoutingContext> operator) {
    Router router = Router.router(vertx);
    router.route().handler(operator);
    router.post("/tenants/:tenant/connect").respond(ctx -> flow.start(tenant(ctx), role(ctx), host(ctx, access))
        .map(url -> new JsonObject().put("authorizeUrl", url)));
    router.post("/tenants/:tenant/integration-user").respond(ctx -> username(ctx)
        .map(username -> access.connectIntegrationUser(tenant(ctx), username, host(ctx, access)))
        .orElseGet(() -> access.connectRunAsUser(tenant(ctx), host(ctx, access)))
        .map(id -> new JsonObject().put("connectionId", id.toString()))
        .recover(ConnectRoutes::refused));
    router.get("/tenants/:tenant/connections").respond(ctx -> access.pool()
        .preparedQuery(ConnectQueries.LIST_CONNECTIONS).execute(Tuple.of(tenant(ctx)))
        .map(rows -> {
          JsonArray list = new JsonArray();
          rows.forEach(row -> list.add(new JsonObject()
              .put("id", row.getUUID("id").toString())
              .put("role", row.getString("role"))
              .put("sfUserId", row.getString("sf_user_id"))
              .put("username", row.getString("username"))
              .put("instanceUrl", row.getString("instance_url"))
              .put("tokenIssuedAt", String.valueOf(row.getOffsetDateTime("token_issued_at")))
              .put("revokedAt", Optional.ofNullable(row.getOffsetDateTime("revoked_at")).map(String::valueOf).orElse(null))));
          return new JsonObject().put("connections", list);
        }));
    router.delete("/connections/:connection").respond(ctx -> access.revoke(uuid(ctx, "connection"))
        .map(done -> new JsonObject().put("revoked", true)));
    return router;
  }

  private static Future<JsonObject> callback(RoutingContext ctx, ConnectFlow flow) {
    String error = ctx.request().getParam("error");
    if (error != null) {
      throw new ApiException(400, "ACCESS_DENIED", "Salesforce did not grant access: " + error
          + Optional.ofNullable(ctx.request().getParam("error_description")).map(d -> " (" + d + ")").orElse(""));
    }
    String state = required(ctx, "state");
    String code = required(ctx, "code");
    return flow.complete(state, code)
        .map(connected -> new JsonObject()
            .put("connectionId", connected.connectionId().toString())
            .put("tenantId", connected.tenantId().toString())
            .put("role", connected.role().name())
            .put("orgId", connected.orgId())
            .put("userId", connected.userId()))
        .recover(ConnectRoutes::refused);
  }

  private static <T> Future<T> refused(Throwable failure) {
    return Future.failedFuture(failure instanceof OAuthException e
        ? new ApiException(502, "SALESFORCE_REFUSED", "Salesforce refused the grant: " + e.getMessage())
        : failure);
  }

  private static String required(RoutingContext ctx, String name) {
    String value = ctx.request().getParam(name);
    if (value == null || value.isBlank()) {
      throw new ApiException(400, "BAD_REQUEST", "query parameter '" + name + "' is required");
    }
    return value;
  }

  private static UUID tenant(RoutingContext ctx) {
    return uuid(ctx, "tenant");
  }

  private static UUID uuid(RoutingContext ctx, String name) {
    try {
      return UUID.fromString(ctx.pathParam(name));
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "BAD_REQUEST", name + " must be a UUID, got '" + ctx.pathParam(name) + "'");
    }
  }

  private static JsonObject body(RoutingContext ctx) {
    JsonObject body = ctx.body().length() == 0 ? null : ctx.body().asJsonObject();
    return body == null ? new JsonObject() : body;
  }

  private static ConnectionRole role(RoutingContext ctx) {
    String role = body(ctx).getString("role", "ADMIN").toUpperCase(Locale.ROOT);
    if (!role.equals("ADMIN") && !role.equals("SEAT")) {
      throw new ApiException(400, "BAD_REQUEST", "role must be ADMIN or SEAT, got '" + role + "'");
    }
    return ConnectionRole.valueOf(role);
  }

  private static LoginHost host(RoutingContext ctx, SalesforceAccess access) {
    String host = body(ctx).getString("host");
    try {
      return host == null ? access.defaultHost() : LoginHost.parse(host);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "BAD_REQUEST", e.getMessage());
    }
  }

  /** The integration user's username for the JWT bearer flow; none means the client-credentials flow. */
  private static Optional<String> username(RoutingContext ctx) {
    String username = body(ctx).getString("username");
    if (username != null && !username.contains("@")) {
      throw new ApiException(400, "BAD_REQUEST", "username must be the integration user's Salesforce username");
    }
    return Optional.ofNullable(username);
  }
}
