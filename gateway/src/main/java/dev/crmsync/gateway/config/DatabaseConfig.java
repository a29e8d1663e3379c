package dev.crmsync.gateway.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is: an external PostgreSQL given by a JDBC URL, or, when there is none, an embedded
 * PostgreSQL whose data directory persists between runs.
 */
public record DatabaseConfig(
    Optional<String> jdbcUrl, String user, String password, Path embeddedDir, int embeddedPort, int poolSize) {

  public DatabaseConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(embeddedDir, "embeddedDir");
    jdbcUrl.ifPresent(url -> {
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new ConfigException("db.url", "must start with jdbc:postgresql://, got '" + url + "'");
      }
    });
    if (embeddedPort < 0 || embeddedPort > 65535) {
      throw new ConfigException("db.embedded.port", "must be 0 (any free port) to 65535, got " + embeddedPort);
    }
    if (poolSize < 1 || poolSize > 200) {
      throw new ConfigException("db.pool.size", "must be from 1 to 200, got " + poolSize);
    }
  }

  public boolean embedded() {
    return jdbcUrl.isEmpty();
  }
}
