package dev.crmsync.gateway.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The user-facing API: how sessions are signed and how long they last, the Salesforce connected app seat
 * holders sign in through, the public URL Salesforce redirects back to, and whether demo pages are served.
 */
public record ApiConfig(
    Optional<String> sessionSecret,
    int sessionTtlSeconds,
    int widgetTtlSeconds,
    URI salesforceLoginUrl,
    String salesforceClientId,
    String salesforceClientSecret,
    Optional<URI> publicUrl,
    boolean demo) {
  /** HMAC-SHA256 keys shorter than the hash are weaker than the hash. */
  static final int MIN_SECRET_LENGTH = 32;

  public ApiConfig {
    Objects.requireNonNull(sessionSecret, "sessionSecret");
    Objects.requireNonNull(salesforceLoginUrl, "salesforceLoginUrl");
    Objects.requireNonNull(salesforceClientId, "salesforceClientId");
    Objects.requireNonNull(salesforceClientSecret, "salesforceClientSecret");
    Objects.requireNonNull(publicUrl, "publicUrl");
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
    requireHttp("salesforce.login.url", salesforceLoginUrl);
    publicUrl.ifPresent(url -> requireHttp("http.public.url", url));
  }

  private static void requireHttp(String key, URI url) {
    if (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null) {
      throw new ConfigException(key, "must be an http(s) URL, got '" + url + "'");
    }
  }

  /** Secrets stay out of logs and error messages. */
  @Override
  public String toString() {
    return "ApiConfig[sessionSecret=" + (sessionSecret.isPresent() ? "(set)" : "(none)")
        + ", sessionTtlSeconds=" + sessionTtlSeconds + ", widgetTtlSeconds=" + widgetTtlSeconds
        + ", salesforceLoginUrl=" + salesforceLoginUrl + ", salesforceClientId=" + salesforceClientId
        + ", salesforceClientSecret=(hidden), publicUrl=" + publicUrl + ", demo=" + demo + "]";
  }

  public ApiConfig withSessionSecret(String secret) {
    return new ApiConfig(Optional.of(secret), sessionTtlSeconds, widgetTtlSeconds, salesforceLoginUrl,
        salesforceClientId, salesforceClientSecret, publicUrl, demo);
  }

  public ApiConfig withDemo(boolean enabled) {
    return new ApiConfig(sessionSecret, sessionTtlSeconds, widgetTtlSeconds, salesforceLoginUrl,
        salesforceClientId, salesforceClientSecret, publicUrl, enabled);
  }
}
