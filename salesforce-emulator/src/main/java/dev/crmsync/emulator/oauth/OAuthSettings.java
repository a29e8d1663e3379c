package dev.crmsync.emulator.oauth;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the emulator's login service behaves.
 *
 * @param app the registered connected app
 * @param defaultPassword the password of every active user without its own, or null for none
 * @param passwords passwords by username, overriding the default
 * @param accessTokenLifetime how long an access token lives (the org's session timeout; 2 hours by default)
 * @param authorizationCodeLifetime how long an authorization code can be exchanged
 */
public record OAuthSettings(ConnectedApp app, String defaultPassword, Map<String, String> passwords,
                            Duration accessTokenLifetime, Duration authorizationCodeLifetime) {
  public OAuthSettings {
    Objects.requireNonNull(app, "app");
    passwords = Map.copyOf(passwords);
    if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
      throw new IllegalArgumentException("accessTokenLifetime must be positive: " + accessTokenLifetime);
    }
    if (authorizationCodeLifetime.isNegative() || authorizationCodeLifetime.isZero()) {
      throw new IllegalArgumentException("authorizationCodeLifetime must be positive: " + authorizationCodeLifetime);
    }
  }

  public static OAuthSettings defaults() {
    return new OAuthSettings(ConnectedApp.defaults(), "password", Map.of(), Duration.ofHours(2),
        Duration.ofMinutes(15));
  }

  /** Whether a user logs in with this password. */
  boolean passwordMatches(String username, String password) {
    String expected = passwords.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(username))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(defaultPassword);
    return expected != null && expected.equals(password);
  }
}
