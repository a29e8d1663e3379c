package dev.crmsync.salesforce.oauth;

import dev.crmsync.salesforce.context.OnContext;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientForm;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The token endpoints of a login host: authorization-code exchange with PKCE, refresh, JWT bearer and revoke
 * (salesforce-api.md §1). Refusals fail with {@link OAuthException}.
 */
public final class OAuthClient {
  static final String SCOPES = "api refresh_token offline_access id";
  private static final String TOKEN_PATH = "/services/oauth2/token";
  private static final String JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

  private final HttpClient http;
  private final OAuthSettings settings;
  private final Context context;

  public OAuthClient(Vertx vertx, HttpClient http, OAuthSettings settings) {
    this.http = http;
    this.settings = settings;
    this.context = vertx.getOrCreateContext();
  }

  /** Where to send the browser: the authorize page of the host, with our PKCE challenge and state. */
  public String authorizeUrl(LoginHost host, String state, Pkce pkce) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", settings.redirectUri());
    query.put("scope", SCOPES);
    query.put("state", state);
    query.put("code_challenge", pkce.challenge());
    query.put("code_challenge_method", "S256");
    return host.path("/services/oauth2/authorize?") + query.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Exchanges the code of the callback for tokens; the verifier proves we started the flow. */
  public Future<TokenGrant> exchangeCode(LoginHost host, String code, String verifier) {
    ClientForm form = withSecret(ClientForm.form()
        .attribute("grant_type", "authorization_code")
        .attribute("code", code)
        .attribute("client_id", settings.clientId())
        .attribute("redirect_uri", settings.redirectUri())
        .attribute("code_verifier", verifier));
    return token(host, form);
  }

  /** A new access token from a refresh token; with rotation on, the grant also carries a new refresh token. */
  public Future<TokenGrant> refresh(LoginHost host, String refreshToken) {
    return token(host, withSecret(ClientForm.form()
        .attribute("grant_type", "refresh_token")
        .attribute("refresh_token", refreshToken)
        .attribute("client_id", settings.clientId())));
  }

  /** A token for the integration user by a signed assertion; no refresh token comes with it. */
  public Future<TokenGrant> jwtBearer(LoginHost host, JwtSigner signer, String username) {
    String assertion = signer.assertion(settings.clientId(), username, host, Instant.now());
    return token(host, ClientForm.form().attribute("grant_type", JWT_GRANT).attribute("assertion", assertion));
  }

  /**
   * A token for the connected app's run-as user by its consumer key and secret (the client-credentials flow):
   * the integration user without a key pair to manage. No refresh token comes with it.
   */
  public Future<TokenGrant> clientCredentials(LoginHost host) {
    return token(host, withSecret(ClientForm.form()
        .attribute("grant_type", "client_credentials")
        .attribute("client_id", settings.clientId())));
  }

  /** Revokes a token at Salesforce; revoking a refresh token also revokes its access tokens. */
  public Future<Void> revoke(LoginHost host, String token) {
    return post(host, "/services/oauth2/revoke", ClientForm.form().attribute("token", token))
        .compose(answer -> answer.status() == 200
            || (answer.status() == 400 && "invalid_token".equals(answer.error().error()))
            ? Future.succeededFuture()
            : Future.failedFuture(answer.error()));
  }

  private Future<TokenGrant> token(LoginHost host, ClientForm form) {
    return post(host, TOKEN_PATH, form).compose(answer -> {
      if (answer.status() != 200) {
        return Future.failedFuture(answer.error());
      }
      try {
        return Future.succeededFuture(TokenGrant.fromJson(answer.body().toJsonObject()));
      } catch (DecodeException | IllegalArgumentException e) {
        return Future.failedFuture(new OAuthException(200, "invalid_response", e.getMessage()));
      }
    });
  }

  private Future<Answer> post(LoginHost host, String path, ClientForm form) {
    RequestOptions options = new RequestOptions()
        .setMethod(HttpMethod.POST)
        .setAbsoluteURI(host.path(path))
        .putHeader("Accept", "application/json");
    return OnContext.run(context, () -> http.request(options)
        .compose(request -> request.send(form))
        .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body))));
  }

  private ClientForm withSecret(ClientForm form) {
    settings.clientSecret().ifPresent(secret -> form.attribute("client_secret", secret));
    return form;
  }

  private record Answer(int status, Buffer body) {
    OAuthException error() {
      try {
        JsonObject json = body.toJsonObject();
        return new OAuthException(status, json.getString("error", "http_" + status),
            json.getString("error_description", ""));
      } catch (DecodeException | ClassCastException e) {
        return new OAuthException(status, "http_" + status, "the login host answered " + status);
      }
    }
  }
}
