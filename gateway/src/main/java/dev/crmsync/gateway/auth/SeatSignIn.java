package dev.crmsync.gateway.auth;

import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.OAuthClient;
import dev.crmsync.salesforce.oauth.OAuthSettings;
import dev.crmsync.salesforce.oauth.Pkce;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpResponseExpectation;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;

/**
 * Seat holders sign in through the connector's OAuth client, with the tenant-wide connected app, and come back
 * to {@code /auth/callback} on the host of {@code salesforce.redirect.uri}. The user's name comes from the
 * OpenID Connect userinfo endpoint of their instance; their tokens are not kept, since a badge or a rematch
 * needs no call to Salesforce.
 */
public final class SeatSignIn implements SalesforceLogin {
  static final String CALLBACK_PATH = "/auth/callback";

  private final OAuthClient oauth;
  private final LoginHost host;
  private final WebClient web;

  private SeatSignIn(OAuthClient oauth, LoginHost host, WebClient web) {
    this.oauth = oauth;
    this.host = host;
    this.web = web;
  }

  /** Sign-in through the configured connected app; without a client id, sign-in answers 503. */
  public static SalesforceLogin create(Vertx vertx, SalesforceConfig config) {
    if (config.clientId().isEmpty()) {
      return new Unavailable();
    }
    URI connectCallback = URI.create(config.redirectUri());
    String redirect = connectCallback.getScheme() + "://" + connectCallback.getRawAuthority() + CALLBACK_PATH;
    OAuthClient oauth = new OAuthClient(vertx, vertx.createHttpClient(),
        new OAuthSettings(config.clientId().get(), config.clientSecret(), redirect));
    return new SeatSignIn(oauth, LoginHost.parse(config.loginHost()), WebClient.create(vertx));
  }

  @Override
  public String authorizeUrl(String state, Pkce pkce) {
    return oauth.authorizeUrl(host, state, pkce);
  }

  @Override
  public Future<SalesforceIdentity> exchange(String code, String codeVerifier) {
    return oauth.exchangeCode(host, code, codeVerifier)
        .recover(refused -> Future.failedFuture(SessionTokens.unauthorized("Salesforce refused the sign-in")))
        .compose(grant -> web.getAbs(grant.instanceUrl() + "/services/oauth2/userinfo")
            .bearerTokenAuthentication(grant.accessToken())
            .send()
            .expecting(HttpResponseExpectation.SC_SUCCESS)
            .map(answer -> answer.bodyAsJsonObject().getString("preferred_username", grant.userId()))
            .recover(failed -> Future.succeededFuture(grant.userId()))
            .map(username -> new SalesforceIdentity(SalesforceIds.to18(grant.orgId()),
                SalesforceIds.to18(grant.userId()), username, grant.instanceUrl())));
  }

  /** No connected app is configured: say so instead of sending people to a sign-in that cannot work. */
  private static final class Unavailable implements SalesforceLogin {
    @Override
    public String authorizeUrl(String state, Pkce pkce) {
      throw unavailable();
    }

    @Override
    public Future<SalesforceIdentity> exchange(String code, String codeVerifier) {
      return Future.failedFuture(unavailable());
    }

    private static ApiException unavailable() {
      return new ApiException(503, "SIGN_IN_UNAVAILABLE",
          "Salesforce sign-in is not configured (salesforce.client.id)");
    }
  }
}
