package dev.crmsync.gateway.db;

import dev.crmsync.gateway.config.DatabaseConfig;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The PostgreSQL the product runs on: started here when it is the embedded one, migrated with Flyway, and
 * reachable both through JDBC (migrations, bulk loads) and through the non-blocking Vert.x client.
 */
public final class Database implements AutoCloseable {
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final int poolSize;
  private final Optional<EmbeddedPostgresServer> embedded;

  private Database(DatabaseConfig config, String jdbcUrl, Optional<EmbeddedPostgresServer> embedded) {
    this.jdbcUrl = jdbcUrl;
    this.user = config.user();
    this.password = config.password();
    this.poolSize = config.poolSize();
    this.embedded = embedded;
  }

  /** Starts the embedded server when no URL is configured, then applies the migrations of {@code sql/}. */
  public static Database start(DatabaseConfig config) {
    Database database = config.jdbcUrl()
        .map(url -> new Database(config, url, Optional.empty()))
        .orElseGet(() -> {
          EmbeddedPostgresServer server = EmbeddedPostgresServer.start(config.embeddedDir(), config.embeddedPort());
          return new Database(config, server.jdbcUrl(), Optional.of(server));
        });
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  MigrateResult migrate() {
    return Flyway.configure()
        .dataSource(jdbcUrl, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  /** A new JDBC connection, for blocking work off the event loop (migrations, COPY, batch jobs). */
  public Connection openConnection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** A pool of the non-blocking client on the given Vert.x instance. */
  public Pool pool(Vertx vertx) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(poolSize))
        .connectingTo(connectOptions())
        .using(vertx)
        .build();
  }

  /** Where the non-blocking client connects, for connections outside the pool (LISTEN). */
  public PgConnectOptions connectOptions() {
    return PgConnectOptions.fromUri(jdbcUrl.substring("jdbc:".length()))
        .setUser(user)
        .setPassword(password);
  }

  @Override
  public void close() {
    embedded.ifPresent(EmbeddedPostgresServer::close);
  }
}
