package dev.crmsync.gateway.auth;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Signed, expiring tokens (JWT, HMAC-SHA256 with the configured secret): sessions of seat holders, widget tokens
 * and the short-lived state of a sign-in in progress. Nothing is kept on the server, so any gateway node sharing
 * the secret accepts them. The audience keeps a sign-in state from ever passing for a session.
 */
public final class SessionTokens {
  private static final String ISSUER = "crm-sync";
  private static final String API_AUDIENCE = "crm-sync-api";
  private static final String LOGIN_AUDIENCE = "crm-sync-login";

  /** Verified sessions kept; past this many the cache starts over, which costs one verification per caller. */
  private static final int VERIFIED_CACHE_SIZE = 10_000;

  private final JWTAuth api;
  private final JWTAuth login;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  /** A token already verified, and until when it holds. */
  private record Verified(Caller caller, long expiresAtMillis) {
  }

  public SessionTokens(Vertx vertx, String secret) {
    this.api = jwt(vertx, secret, API_AUDIENCE);
    this.login = jwt(vertx, secret, LOGIN_AUDIENCE);
  }

  private static JWTAuth jwt(Vertx vertx, String secret, String audience) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret))
        .setJWTOptions(new JWTOptions().setIssuer(ISSUER).addAudience(audience)));
  }

  /** A token naming the caller, valid for the given seconds. */
  public String issue(Caller caller, int ttlSeconds) {
    JsonObject claims = new JsonObject()
        .put("sub", caller.actor())
        .put("tid", caller.tenantId().toString())
        .put("tnm", caller.tenantName())
        .put("via", caller.via().name());
    return api.generateToken(claims, options(API_AUDIENCE, ttlSeconds));
  }

  /**
   * The caller a token names; a 401 when it is forged, expired or not a session. A token is a signed statement
   * that nothing on the server can revoke, so one verified before is taken again without checking its signature
   * (a badge client sends the same token thousands of times) until it expires.
   */
  public Future<Caller> caller(String token) {
    Verified known = verified.get(token);
    if (known != null && known.expiresAtMillis() > System.currentTimeMillis()) {
      return Future.succeededFuture(known.caller());
    }
    return api.authenticate(new TokenCredentials(token))
        .recover(failure -> Future.failedFuture(unauthorized("the token is invalid or expired")))
        .map(user -> {
          // the provider moves exp to the user's attributes once it has checked it
          if (!(user.attributes().getValue("exp") instanceof Number expires)) {
            throw unauthorized("the token never expires, so it was not issued here");
          }
          Caller caller = caller(user.principal());
          remember(token, new Verified(caller, TimeUnit.SECONDS.toMillis(expires.longValue())));
          return caller;
        });
  }

  private static Caller caller(JsonObject claims) {
    try {
      return new Caller(UUID.fromString(claims.getString("tid")), claims.getString("tnm"),
          claims.getString("sub"), Via.valueOf(claims.getString("via")));
    } catch (RuntimeException e) {
      throw unauthorized("the token does not name a caller");
    }
  }

  private void remember(String token, Verified caller) {
    if (verified.size() >= VERIFIED_CACHE_SIZE) {
      verified.clear();
    }
    verified.put(token, caller);
  }

  String issueLoginState(JsonObject state, int ttlSeconds) {
    return login.generateToken(state, options(LOGIN_AUDIENCE, ttlSeconds));
  }

  Future<JsonObject> loginState(String token) {
    return login.authenticate(new TokenCredentials(token))
        .recover(failure -> Future.failedFuture(unauthorized("the sign-in expired; start again")))
        .map(user -> user.principal());
  }

  private static JWTOptions options(String audience, int ttlSeconds) {
    return new JWTOptions().setAlgorithm("HS256").setIssuer(ISSUER).addAudience(audience)
        .setExpiresInSeconds(ttlSeconds);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, "UNAUTHORIZED", message);
  }
}
