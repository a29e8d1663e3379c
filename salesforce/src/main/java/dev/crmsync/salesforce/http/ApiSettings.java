package dev.crmsync.salesforce.http;

import java.time.Duration;

/**
 * How we call an org: the pinned API version (results of a Bulk job must be read with the version that created
 * it), retries of 5xx and timeouts, and the idle timeout of a call.
 */
public record ApiSettings(String apiVersion, Backoff retry, Duration idleTimeout) {
  public static final String DEFAULT_API_VERSION = "62.0";

  public ApiSettings {
    if (apiVersion == null || !apiVersion.matches("\\d{2}\\.0")) {
      throw new IllegalArgumentException("apiVersion must look like 62.0, got '" + apiVersion + "'");
    }
    if (Double.parseDouble(apiVersion) < 58) {
      throw new IllegalArgumentException("apiVersion must be 58.0 or later (Bulk 2.0 result pages), got " + apiVersion);
    }
    if (retry == null) {
      throw new IllegalArgumentException("retry must be given");
    }
    if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
    }
  }

  public static ApiSettings defaults() {
    return new ApiSettings(DEFAULT_API_VERSION, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 6),
        Duration.ofSeconds(120));
  }

  /** The REST base path of this version, e.g. {@code /services/data/v62.0}. */
  public String dataPath() {
    return "/services/data/v" + apiVersion;
  }
}
