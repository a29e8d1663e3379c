package dev.crmsync.emulator.oauth;

import dev.crmsync.emulator.org.Users;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The connected app registered in the emulated org.
 *
 * @param clientId the consumer key
 * @param clientSecret the consumer secret
 * @param redirectUris the registered callback URLs; an authorize request must name one of them exactly
 * @param certificatePem the PEM X.509 certificate (or PEM public key) that verifies JWT bearer assertions, or null
 *     when the app has no digital signature and the JWT flow is refused
 * @param defaultScopes the scopes granted when an authorize request names none
 * @param preAuthorizedUsernames users admin-approved for the JWT flow; {@code *} means every user
 * @param rotateRefreshTokens whether a refresh gives a new refresh token and invalidates the old one
 * @param runAsUsername the user the client-credentials flow runs as, or null when that flow is off
 */
public record ConnectedApp(String clientId, String clientSecret, List<String> redirectUris, String certificatePem,
                           String defaultScopes, Set<String> preAuthorizedUsernames, boolean rotateRefreshTokens,
                           String runAsUsername) {
  public ConnectedApp {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    redirectUris = List.copyOf(redirectUris);
    Objects.requireNonNull(defaultScopes, "defaultScopes");
    preAuthorizedUsernames = Set.copyOf(preAuthorizedUsernames);
  }

  /** The app tests and the demo use unless told otherwise. */
  public static ConnectedApp defaults() {
    return new ConnectedApp("crmsync-emulator-client", "crmsync-emulator-secret",
        List.of("http://localhost:8080/oauth/callback"), null, "api refresh_token id openid", Set.of("*"), false,
        Users.INTEGRATION_USERNAME);
  }

  public ConnectedApp withCertificate(String pem) {
    return new ConnectedApp(clientId, clientSecret, redirectUris, pem, defaultScopes, preAuthorizedUsernames,
        rotateRefreshTokens, runAsUsername);
  }

  public ConnectedApp withRedirectUris(List<String> uris) {
    return new ConnectedApp(clientId, clientSecret, uris, certificatePem, defaultScopes, preAuthorizedUsernames,
        rotateRefreshTokens, runAsUsername);
  }

  public ConnectedApp withPreAuthorized(Set<String> usernames) {
    return new ConnectedApp(clientId, clientSecret, redirectUris, certificatePem, defaultScopes, usernames,
        rotateRefreshTokens, runAsUsername);
  }

  public ConnectedApp withRefreshTokenRotation(boolean rotate) {
    return new ConnectedApp(clientId, clientSecret, redirectUris, certificatePem, defaultScopes,
        preAuthorizedUsernames, rotate, runAsUsername);
  }
}
