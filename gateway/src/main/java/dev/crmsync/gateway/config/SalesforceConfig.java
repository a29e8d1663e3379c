package dev.crmsync.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Salesforce connection and sync: the connected app we act as, the token encryption key, and the sync's
 * knobs. Without a client id or token key the connection flow answers 503.
 * {@link #toString()} never shows a secret.
 */
public record SalesforceConfig(
    Optional<String> clientId, Optional<String> clientSecret, String redirectUri, String loginHost,
    String apiVersion, Optional<Path> jwtKeyFile, Optional<Path> jwtCertFile, Optional<String> tokenKey,
    Sync sync) {

  public SalesforceConfig {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(jwtKeyFile, "jwtKeyFile");
    Objects.requireNonNull(jwtCertFile, "jwtCertFile");
    Objects.requireNonNull(tokenKey, "tokenKey");
    Objects.requireNonNull(sync, "sync");
    if (redirectUri == null || !redirectUri.matches("https?://.+")) {
      throw new ConfigException("salesforce.redirect.uri", "must be an http(s) URL, got '" + redirectUri + "'");
    }
    if (apiVersion == null || !apiVersion.matches("\\d{2}\\.0") || Double.parseDouble(apiVersion) < 58) {
      throw new ConfigException("salesforce.api.version", "must be 58.0 or later, like 62.0, got '" + apiVersion + "'");
    }
    if (jwtKeyFile.isPresent() != jwtCertFile.isPresent()) {
      throw new ConfigException("salesforce.jwt.key.file", "and salesforce.jwt.cert.file must be set together");
    }
  }

  /** How and how often tenants are synced. */
  public record Sync(boolean scheduler, double budgetShare, Duration overlap, int pageRecords, int batchRows,
      Duration keyScanInterval) {
    public Sync {
      if (!(budgetShare > 0 && budgetShare <= 1)) {
        throw new ConfigException("sync.budget.share", "must be in (0, 1], got " + budgetShare);
      }
      if (overlap == null || overlap.isNegative()) {
        throw new ConfigException("sync.overlap.seconds", "must be >= 0, got " + overlap);
      }
      if (pageRecords < 1 || pageRecords > 1_000_000) {
        throw new ConfigException("sync.page.records", "must be from 1 to 1000000, got " + pageRecords);
      }
      if (batchRows < 1) {
        throw new ConfigException("sync.batch.rows", "must be >= 1, got " + batchRows);
      }
      if (keyScanInterval == null || keyScanInterval.isNegative() || keyScanInterval.isZero()) {
        throw new ConfigException("sync.keyscan.hours", "must be > 0, got " + keyScanInterval);
      }
    }
  }

  @Override
  public String toString() {
    return "SalesforceConfig[clientId=" + clientId.orElse("") + ", redirectUri=" + redirectUri + ", loginHost="
        + loginHost + ", apiVersion=" + apiVersion + ", sync=" + sync + "]";
  }
}
