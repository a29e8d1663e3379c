package dev.crmsync.salesforce.oauth;

import java.util.Optional;

/**
 * The connected app we authenticate as: its consumer key and secret and the callback URL registered for it.
 * {@link #toString()} never shows the secret.
 */
public record OAuthSettings(String clientId, Optional<String> clientSecret, String redirectUri) {
  public OAuthSettings {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be empty");
    }
    if (clientSecret == null) {
      throw new IllegalArgumentException("clientSecret must be given (possibly empty)");
    }
    if (redirectUri == null || !redirectUri.matches("https?://.+")) {
      throw new IllegalArgumentException("redirectUri must be an http(s) URL, got '" + redirectUri + "'");
    }
  }

  @Override
  public String toString() {
    return "OAuthSettings[clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
  }
}
