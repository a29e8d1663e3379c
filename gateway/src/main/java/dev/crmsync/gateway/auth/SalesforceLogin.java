package dev.crmsync.gateway.auth;

import io.vertx.core.Future;
import java.net.URI;

/**
 * The Salesforce side of a seat holder's sign-in (OAuth 2.0 authorization code with PKCE). The connector's
 * OAuth client can implement it; {@link HttpSalesforceLogin} talks to any Salesforce-compatible login server.
 */
public interface SalesforceLogin {
  /** Where to send the browser: the authorize endpoint with the state and the S256 code challenge. */
  URI authorizeUrl(String state, String codeChallenge, String redirectUri);

  /** Exchanges the code (with the PKCE verifier) for tokens and says whose they are. */
  Future<SalesforceIdentity> exchange(String code, String codeVerifier, String redirectUri);
}
