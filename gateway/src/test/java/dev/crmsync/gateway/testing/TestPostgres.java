package dev.crmsync.gateway.testing;

import dev.crmsync.gateway.config.DatabaseConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM, and a fresh empty database on it for each caller, so that test classes
 * never see each other's rows and pay for initdb once.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {
  }

  /** A new empty database; {@code Database.start(config)} migrates it. */
  public static synchronized DatabaseConfig newDatabase() {
    String name = "test_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new DatabaseConfig(Optional.of("jdbc:postgresql://localhost:" + server().getPort() + "/" + name),
        "postgres", "", Path.of("unused"), 0, 4);
  }

  /**
   * Drops a database of {@link #newDatabase()} once its test is done with it, so that the server's data
   * directory, deleted when the JVM exits, stays small enough to delete before surefire's exit timeout.
   */
  public static synchronized void drop(String jdbcUrl) {
    String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    if (!name.matches("test_\\d+")) {
      throw new IllegalArgumentException("not a database of newDatabase(): " + jdbcUrl);
    }
    try (Connection connection = server().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (Exception e) {
      throw new IllegalStateException("cannot drop test database " + name, e);
    }
  }

  /** A config for an embedded server of the test's own, in a new directory under target/. */
  public static DatabaseConfig embeddedIn(Path dir) {
    return new DatabaseConfig(Optional.empty(), "postgres", "", dir, 0, 4);
  }

  public static Path newDirectory() {
    return Path.of("target", "test-postgres", UUID.randomUUID().toString()).toAbsolutePath();
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setDataDirectory(newDirectory()).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }
}
