package dev.crmsync.gateway.auth;

import dev.crmsync.salesforce.oauth.Pkce;
import io.vertx.core.Future;

/** The Salesforce side of a seat holder's sign-in: OAuth 2.0 authorization code with PKCE. */
public interface SalesforceLogin {
  /** Where to send the browser: the authorize page with the state and the S256 code challenge. */
  String authorizeUrl(String state, Pkce pkce);

  /** Exchanges the code (with the PKCE verifier) for tokens and says whose they are. */
  Future<SalesforceIdentity> exchange(String code, String codeVerifier);
}
