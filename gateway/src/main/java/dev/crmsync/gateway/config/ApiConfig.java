package dev.crmsync.gateway.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The user-facing API: the secret sessions and widget tokens are signed with, how long they last, and whether
 * the demo pages are served. Seat holders sign in through the connected app of {@link SalesforceConfig}.
 */
public record ApiConfig(Optional<String> sessionSecret, int sessionTtlSeconds, int widgetTtlSeconds, boolean demo) {
  /** HMAC-SHA256 keys shorter than the hash are weaker than the hash. */
  static final int MIN_SECRET_LENGTH = 32;

  public ApiConfig {
    Objects.requireNonNull(sessionSecret, "sessionSecret");
    sessionSecret.ifPresent(secret -> {
      if (secret.length() < MIN_SECRET_LENGTH) {
        throw new ConfigException("auth.session.secret",
            "must be at least " + MIN_SECRET_LENGTH + " characters, got " + secret.length());
      }
    });
    if (sessionTtlSeconds < 60 || sessionTtlSeconds > 7 * 24 * 3600) {
      throw new ConfigException("auth.session.ttl.seconds", "must be from 60 to 604800, got " + sessionTtlSeconds);
    }
    if (widgetTtlSeconds < 60 || widgetTtlSeconds > 3600) {
      throw new ConfigException("auth.widget.ttl.seconds", "must be from 60 to 3600, got " + widgetTtlSeconds);
    }
  }

  /** The secret stays out of logs and error messages. */
  @Override
  public String toString() {
    return "ApiConfig[sessionSecret=" + (sessionSecret.isPresent() ? "(set)" : "(none)") + ", sessionTtlSeconds="
        + sessionTtlSeconds + ", widgetTtlSeconds=" + widgetTtlSeconds + ", demo=" + demo + "]";
  }

  public ApiConfig withSessionSecret(String secret) {
    return new ApiConfig(Optional.of(secret), sessionTtlSeconds, widgetTtlSeconds, demo);
  }

  public ApiConfig withDemo(boolean enabled) {
    return new ApiConfig(sessionSecret, sessionTtlSeconds, widgetTtlSeconds, enabled);
  }
}
