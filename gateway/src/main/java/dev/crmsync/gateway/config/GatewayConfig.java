package dev.crmsync.gateway.config;

import java.util.Objects;

/** Everything the gateway is configured with, validated once at start. Keys and defaults: README.md. */
public record GatewayConfig(String httpHost, int httpPort, DatabaseConfig database, OperatorConfig operator,
    SalesforceConfig salesforce, ApiConfig api, MatchingConfig matching) {

  public GatewayConfig {
    if (httpHost == null || httpHost.isBlank()) {
      throw new ConfigException("http.host", "must not be empty");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new ConfigException("http.port", "must be 0 (any free port) to 65535, got " + httpPort);
    }
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(salesforce, "salesforce");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(matching, "matching");
  }

  public GatewayConfig withHttpPort(int port) {
    return new GatewayConfig(httpHost, port, database, operator, salesforce, api, matching);
  }

  public GatewayConfig withApi(ApiConfig changed) {
    return new GatewayConfig(httpHost, httpPort, database, operator, salesforce, changed, matching);
  }
}
