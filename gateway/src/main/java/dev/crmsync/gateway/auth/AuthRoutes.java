package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.salesforce.oauth.Pkce;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The sign-in flows, outside {@code /api/v1} because browsers drive them with redirects and form posts:
 * <ul>
 *   <li>{@code GET /auth/login?returnTo=/path}: to Salesforce, with PKCE; the verifier rides in a signed cookie;
 *   <li>{@code GET /auth/callback}: back from Salesforce; sets the session cookie and returns to the page;
 *   <li>{@code POST /auth/canvas}: a Canvas signed request (form field {@code signed_request}) for a widget token;
 *   <li>{@code POST /auth/logout}: forgets the session cookie.
 * </ul>
 */
public final class AuthRoutes {
  static final String LOGIN_COOKIE = "crmsync_login";
  private static final int LOGIN_TTL_SECONDS = 600;

  private final SessionTokens tokens;
  private final SalesforceLogin salesforce;
  private final CanvasRequests canvas;
  private final Pool pool;
  private final int sessionTtlSeconds;
  private final int widgetTtlSeconds;

  public AuthRoutes(SessionTokens tokens, SalesforceLogin salesforce, CanvasRequests canvas, Pool pool,
      int sessionTtlSeconds, int widgetTtlSeconds) {
    this.tokens = tokens;
    this.salesforce = salesforce;
    this.canvas = canvas;
    this.pool = pool;
    this.sessionTtlSeconds = sessionTtlSeconds;
    this.widgetTtlSeconds = widgetTtlSeconds;
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.get("/login").handler(this::login);
    router.get("/callback").handler(ctx -> callback(ctx).onFailure(ctx::fail));
    router.post("/canvas").respond(this::canvasToken);
    router.post("/logout").handler(this::logout);
    return router;
  }

  /** A short-lived widget token for a verified Canvas signed request. */
  public Future<String> widgetToken(String signedRequest) {
    return canvas.verify(signedRequest).map(verified -> tokens.issue(verified.caller(), widgetTtlSeconds));
  }

  private void login(RoutingContext ctx) {
    Pkce pkce = Pkce.generate();
    String state = Pkce.randomUrlSafe(32);
    JsonObject pending = new JsonObject()
        .put("state", state)
        .put("verifier", pkce.verifier())
        .put("returnTo", safeReturn(ctx.queryParams().get("returnTo")));
    ctx.response().addCookie(cookie(LOGIN_COOKIE, tokens.issueLoginState(pending, LOGIN_TTL_SECONDS),
        LOGIN_TTL_SECONDS));
    ctx.redirect(salesforce.authorizeUrl(state, pkce));
  }

  private Future<Void> callback(RoutingContext ctx) {
    Cookie pending = ctx.request().getCookie(LOGIN_COOKIE);
    String code = ctx.queryParams().get("code");
    if (pending == null || code == null) {
      return Future.failedFuture(SessionTokens.unauthorized("no sign-in in progress; start at /auth/login"));
    }
    return tokens.loginState(pending.getValue())
        .compose(state -> {
          if (!state.getString("state").equals(ctx.queryParams().get("state"))) {
            throw SessionTokens.unauthorized("the sign-in state does not match; start again");
          }
          return salesforce.exchange(code, state.getString("verifier"))
              .compose(this::seatHolder)
              .map(caller -> {
                ctx.response().removeCookie(LOGIN_COOKIE);
                ctx.response().addCookie(cookie(Authenticate.SESSION_COOKIE,
                    tokens.issue(caller, sessionTtlSeconds), sessionTtlSeconds));
                ctx.redirect(state.getString("returnTo"));
                return null;
              });
        });
  }

  private Future<Caller> seatHolder(SalesforceIdentity identity) {
    return pool.preparedQuery(AuthQueries.TENANT_BY_ORG).execute(Tuple.of(identity.orgId()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.failedFuture(new ApiException(403, "ORG_NOT_CONNECTED",
                "Salesforce org " + identity.orgId() + " is not connected to CRM Sync"));
          }
          Row tenant = rows.iterator().next();
          return pool.preparedQuery(AuthQueries.UPSERT_SEAT)
              .execute(Tuple.of(tenant.getUUID("id"), identity.userId(), identity.username(), identity.instanceUrl()))
              .map(done -> new Caller(tenant.getUUID("id"), tenant.getString("name"), identity.username(),
                  Via.SESSION));
        });
  }

  private Future<JsonObject> canvasToken(RoutingContext ctx) {
    String signed = ctx.request().getFormAttribute("signed_request");
    String type = ctx.request().getHeader("Content-Type");
    if (signed == null && type != null && type.startsWith("application/json")) {
      signed = ctx.body().asJsonObject().getString("signedRequest");
    }
    return widgetToken(signed).map(token -> new JsonObject()
        .put("token", token)
        .put("tokenType", "Bearer")
        .put("expiresIn", widgetTtlSeconds));
  }

  private void logout(RoutingContext ctx) {
    ctx.response().removeCookie(Authenticate.SESSION_COOKIE);
    ctx.response().setStatusCode(204).end();
  }

  /** Only paths of this site, so the sign-in cannot be turned into an open redirect. */
  private static String safeReturn(String returnTo) {
    return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
        ? returnTo : "/widget";
  }

  private static Cookie cookie(String name, String value, int maxAgeSeconds) {
    return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
        .setMaxAge(maxAgeSeconds);
  }
}
