package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.gateway.web.ApiContract;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Resolves the caller of an API request from a bearer token, an API key or the session cookie, in that order,
 * and answers 401 when there is none or it does not hold. Handlers read the result with {@link #caller}.
 */
public final class Authenticate implements Handler<RoutingContext> {
  static final String SESSION_COOKIE = "crmsync_session";
  private static final String CALLER = "crmsync.caller";
  private static final String BEARER = "Bearer ";

  private final SessionTokens tokens;
  private final ApiKeys keys;

  public Authenticate(SessionTokens tokens, ApiKeys keys) {
    this.tokens = tokens;
    this.keys = keys;
  }

  @Override
  public void handle(RoutingContext ctx) {
    resolve(ctx)
        .onSuccess(caller -> {
          ctx.put(CALLER, caller);
          ctx.next();
        })
        .onFailure(ctx::fail);
  }

  /** {@code GET /me}: the caller as the gateway sees it. */
  public void mount(ApiContract api) {
    api.respond("whoAmI", ctx -> Future.succeededFuture(caller(ctx)));
  }

  /** The caller of a request this handler let through. */
  public static Caller caller(RoutingContext ctx) {
    Caller caller = ctx.get(CALLER);
    if (caller == null) {
      throw new IllegalStateException("route " + ctx.normalizedPath() + " is not behind Authenticate");
    }
    return caller;
  }

  /** The seat holder's session from the cookie, if any; used by pages outside the API. */
  public Future<Caller> sessionCaller(RoutingContext ctx) {
    Cookie session = ctx.request().getCookie(SESSION_COOKIE);
    return session == null
        ? Future.failedFuture(SessionTokens.unauthorized("sign in with Salesforce first"))
        : tokens.caller(session.getValue());
  }

  private Future<Caller> resolve(RoutingContext ctx) {
    String authorization = ctx.request().getHeader("Authorization");
    if (authorization != null) {
      return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
          ? tokens.caller(authorization.substring(BEARER.length()).trim())
          : Future.failedFuture(SessionTokens.unauthorized("only Bearer tokens are accepted in Authorization"));
    }
    String key = ctx.request().getHeader("X-API-Key");
    if (key != null) {
      return keys.caller(key.trim()).map(found -> found.orElseThrow(
          () -> SessionTokens.unauthorized("the API key is unknown or revoked")));
    }
    return sessionCaller(ctx).recover(failure -> Future.failedFuture(SessionTokens.unauthorized(
        "authenticate with Authorization: Bearer <token>, X-API-Key: <key> or a signed-in session")));
  }
}
