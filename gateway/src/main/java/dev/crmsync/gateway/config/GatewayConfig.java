package dev.crmsync.gateway.config;

import java.util.Objects;

/** Everything the gateway is configured with, validated once at start. Keys and defaults: README.md. */
public record GatewayConfig(String httpHost, int httpPort, int httpInstances, DatabaseConfig database,
    OperatorConfig operator, SalesforceConfig salesforce, ApiConfig api, MatchingConfig matching) {
  /** More event loops than this would only contend for the same cores. */
  static final int MAX_INSTANCES = 64;

  public GatewayConfig {
    if (httpHost == null || httpHost.isBlank()) {
      throw new ConfigException("http.host", "must not be empty");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new ConfigException("http.port", "must be 0 (any free port) to 65535, got " + httpPort);
    }
    if (httpInstances < 0 || httpInstances > MAX_INSTANCES) {
      throw new ConfigException("http.instances",
          "must be 0 (one per core) to " + MAX_INSTANCES + ", got " + httpInstances);
    }
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(salesforce, "salesforce");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(matching, "matching");
  }

  public GatewayConfig withHttpPort(int port) {
    return new GatewayConfig(httpHost, port, httpInstances, database, operator, salesforce, api, matching);
  }

  public GatewayConfig withApi(ApiConfig changed) {
    return new GatewayConfig(httpHost, httpPort, httpInstances, database, operator, salesforce, changed, matching);
  }

  /** How many event loops serve HTTP: as configured, or one per core. */
  public int eventLoops() {
    return httpInstances == 0 ? Runtime.getRuntime().availableProcessors() : httpInstances;
  }
}
