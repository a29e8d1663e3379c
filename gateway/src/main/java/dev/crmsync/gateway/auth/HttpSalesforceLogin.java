package dev.crmsync.gateway.auth;

import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.http.HttpResponseExpectation;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.MultiMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@link SalesforceLogin} over HTTP: {@code /services/oauth2/authorize} and {@code /services/oauth2/token} of the
 * login server, then the identity URL the token answer names (which carries the org and user ids).
 */
public final class HttpSalesforceLogin implements SalesforceLogin {
  private final WebClient client;
  private final URI loginUrl;
  private final String clientId;
  private final String clientSecret;

  public HttpSalesforceLogin(WebClient client, URI loginUrl, String clientId, String clientSecret) {
    this.client = client;
    this.loginUrl = loginUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public URI authorizeUrl(String state, String codeChallenge, String redirectUri) {
    return URI.create(loginUrl.toString().replaceAll("/$", "") + "/services/oauth2/authorize"
        + "?response_type=code&client_id=" + encode(clientId)
        + "&redirect_uri=" + encode(redirectUri)
        + "&scope=" + encode("openid id api refresh_token")
        + "&state=" + encode(state)
        + "&code_challenge=" + encode(codeChallenge) + "&code_challenge_method=S256");
  }

  @Override
  public Future<SalesforceIdentity> exchange(String code, String codeVerifier, String redirectUri) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap()
        .add("grant_type", "authorization_code")
        .add("code", code)
        .add("client_id", clientId)
        .add("client_secret", clientSecret)
        .add("redirect_uri", redirectUri)
        .add("code_verifier", codeVerifier);
    return client.postAbs(loginUrl.toString().replaceAll("/$", "") + "/services/oauth2/token")
        .sendForm(form)
        .compose(response -> succeeded(response, "token"))
        .compose(token -> client.getAbs(token.getString("id"))
            .bearerTokenAuthentication(token.getString("access_token"))
            .send()
            .compose(response -> succeeded(response, "identity"))
            .map(identity -> new SalesforceIdentity(
                SalesforceIds.to18(identity.getString("organization_id")),
                SalesforceIds.to18(identity.getString("user_id")),
                identity.getString("username"),
                token.getString("instance_url"))));
  }

  private static Future<JsonObject> succeeded(HttpResponse<Buffer> response, String what) {
    return Future.succeededFuture(response)
        .expecting(HttpResponseExpectation.SC_SUCCESS)
        .map(HttpResponse::bodyAsJsonObject)
        .recover(failure -> Future.failedFuture(
            SessionTokens.unauthorized("Salesforce refused the sign-in (" + what + " " + response.statusCode() + ")")));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
