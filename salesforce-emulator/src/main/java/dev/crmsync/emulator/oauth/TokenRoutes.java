package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Users;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code /services/oauth2/token} for every grant type, and {@code /services/oauth2/revoke}. */
final class TokenRoutes {
  private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final OAuthContext context;

  TokenRoutes(OAuthContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.post("/services/oauth2/token").handler(this::token);
    router.post("/services/oauth2/revoke").handler(this::revoke);
    router.get("/services/oauth2/revoke").handler(this::revoke);
  }

  private void token(RoutingContext ctx) {
    MultiMap form = ctx.request().formAttributes();
    try {
      String grantType = form.get("grant_type");
      JsonObject answer = switch (grantType == null ? "" : grantType) {
        case "" -> throw new OAuthError("invalid_request", "grant type is missing");
        case "authorization_code" -> authorizationCode(form);
        case "refresh_token" -> refresh(form);
        case JWT_BEARER -> jwtBearer(form);
        case "password" -> password(form);
        case "client_credentials" -> clientCredentials(ctx, form);
        default -> throw new OAuthError("unsupported_grant_type", "grant type not supported");
      };
      ctx.response().putHeader("Content-Type", "application/json;charset=UTF-8")
          .putHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private")
          .end(answer.encode());
    } catch (OAuthError e) {
      fail(ctx, e);
    }
  }

  private JsonObject authorizationCode(MultiMap form) {
    checkClient(form.get("client_id"), form.get("client_secret"), true);
    Sessions.Code code = context.sessions().redeem(form.get("code"))
        .orElseThrow(() -> OAuthError.invalidGrant("invalid authorization code"));
    if (!code.clientId().equals(form.get("client_id"))) {
      throw OAuthError.invalidGrant("invalid authorization code");
    }
    if (!code.redirectUri().equals(form.get("redirect_uri"))) {
      throw new OAuthError("redirect_uri_mismatch", "redirect_uri must match configuration");
    }
    if (code.codeChallenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null) {
        throw OAuthError.invalidGrant("invalid code verifier");
      }
      if (!code.codeChallenge().equals(challengeOf(verifier))) {
        throw new OAuthError("invalid_request", "invalid code verifier");
      }
    }
    Users.User user = Users.byId(context.org(), code.userId()).orElseThrow();
    if (!user.active()) {
      throw OAuthError.invalidGrant("inactive user");
    }
    return grant(user, code.scope(), true);
  }

  private JsonObject refresh(MultiMap form) {
    Sessions.Grant grant = context.sessions().grant(form.get("refresh_token"))
        .orElseThrow(() -> OAuthError.invalidGrant("expired access/refresh token"));
    checkClient(form.get("client_id"), form.get("client_secret"), false);
    if (!grant.clientId().equals(form.get("client_id"))) {
      throw OAuthError.invalidGrant("expired access/refresh token");
    }
    Users.User user = Users.byId(context.org(), grant.userId()).orElseThrow();
    if (!user.active()) {
      throw OAuthError.invalidGrant("inactive user");
    }
    String refreshToken = form.get("refresh_token");
    if (context.app().rotateRefreshTokens()) {
      context.sessions().revoke(refreshToken);
      String rotated = context.sessions().issueRefreshToken(user.id(), grant.clientId(), grant.scope());
      return answer(user, grant.scope(), context.sessions().openSession(user.id(), grant.clientId(), grant.scope(),
          rotated)).put("refresh_token", rotated);
    }
    return answer(user, grant.scope(),
        context.sessions().openSession(user.id(), grant.clientId(), grant.scope(), refreshToken));
  }

  private JsonObject jwtBearer(MultiMap form) {
    ConnectedApp app = context.app();
    if (app.certificatePem() == null) {
      throw OAuthError.invalidGrant("invalid assertion");
    }
    String base = context.baseUrl().get();
    JwtBearer verifier = new JwtBearer(app.certificatePem(),
        Set.of("https://login.salesforce.com", "https://test.salesforce.com", base));
    JwtBearer.Claims claims = verifier.verify(form.get("assertion"), app.clientId(), context.sessions().now());
    Users.User user = context.activeUser(claims.subject());
    boolean approved = app.preAuthorizedUsernames().contains("*")
        || app.preAuthorizedUsernames().stream().anyMatch(u -> u.equalsIgnoreCase(user.username()))
        || context.sessions().approved(app.clientId(), user.id());
    if (!approved) {
      throw OAuthError.invalidGrant("user hasn't approved this consumer");
    }
    String scope = app.defaultScopes();
    return answer(user, scope, context.sessions().openSession(user.id(), app.clientId(), scope, null));
  }

  private JsonObject password(MultiMap form) {
    checkClient(form.get("client_id"), form.get("client_secret"), true);
    Users.User user = context.activeUser(form.get("username"));
    if (!context.settings().passwordMatches(user.username(), form.get("password"))) {
      throw OAuthError.invalidGrant("authentication failure");
    }
    return grant(user, context.app().defaultScopes(), false);
  }

  private JsonObject clientCredentials(RoutingContext ctx, MultiMap form) {
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    String basic = ctx.request().getHeader("Authorization");
    if (clientId == null && basic != null && basic.startsWith("Basic ")) {
      String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
      clientId = pair[0];
      secret = pair.length > 1 ? pair[1] : null;
    }
    checkClient(clientId, secret, true);
    if (context.app().runAsUsername() == null) {
      throw OAuthError.invalidGrant("no client credentials user enabled");
    }
    Users.User user = context.activeUser(context.app().runAsUsername());
    String scope = context.app().defaultScopes();
    return answer(user, scope, context.sessions().openSession(user.id(), context.app().clientId(), scope, null));
  }

  private JsonObject grant(Users.User user, String scope, boolean mayRefresh) {
    String clientId = context.app().clientId();
    boolean refreshable = mayRefresh && (scope.contains("refresh_token") || scope.contains("offline_access"));
    String refreshToken = refreshable ? context.sessions().issueRefreshToken(user.id(), clientId, scope) : null;
    JsonObject answer = answer(user, scope, context.sessions().openSession(user.id(), clientId, scope, refreshToken));
    if (refreshToken != null) {
      answer.put("refresh_token", refreshToken);
    }
    return answer;
  }

  /** The token response: no expires_in, issued_at in milliseconds as a string, signature over id + issued_at. */
  private JsonObject answer(Users.User user, String scope, String accessToken) {
    String id = context.identityUrl(user.id());
    String issuedAt = Long.toString(context.sessions().now().toEpochMilli());
    return new JsonObject()
        .put("access_token", accessToken)
        .put("signature", signature(id + issuedAt))
        .put("scope", scope)
        .put("instance_url", context.baseUrl().get())
        .put("id", id)
        .put("token_type", "Bearer")
        .put("issued_at", issuedAt);
  }

  private void checkClient(String clientId, String secret, boolean secretRequired) {
    ConnectedApp app = context.app();
    if (!app.clientId().equals(clientId)) {
      throw new OAuthError("invalid_client_id", "client identifier invalid");
    }
    if ((secretRequired || secret != null) && !app.clientSecret().equals(secret)) {
      throw new OAuthError("invalid_client", "invalid client credentials");
    }
  }

  private String signature(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(context.app().clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** PKCE S256: base64url(SHA-256(verifier)), unpadded. */
  static String challengeOf(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private void revoke(RoutingContext ctx) {
    String token = ctx.request().getParam("token");
    if (token == null) {
      token = ctx.request().formAttributes().get("token");
    }
    if (context.sessions().revoke(token)) {
      ctx.response().setStatusCode(200).end();
    } else {
      fail(ctx, new OAuthError("invalid_token", "invalid token"));
    }
  }

  static void fail(RoutingContext ctx, OAuthError error) {
    ctx.response().setStatusCode(400).putHeader("Content-Type", "application/json;charset=UTF-8")
        .end(new JsonObject().put("error", error.error()).put("error_description", error.getMessage()).encode());
  }
}
