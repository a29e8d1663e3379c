package dev.crmsync.gateway.testing;

import dev.crmsync.gateway.Gateway;
import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.db.Database;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.HashMap;
import java.util.Map;

/** A gateway deployed on port 0 over a fresh test database, with a web client pointed at it. */
public final class TestGateway implements AutoCloseable {
  private final Database database;
  private final Gateway gateway;
  private final WebClient client;

  private TestGateway(Database database, Gateway gateway) {
    this.database = database;
    this.gateway = gateway;
    this.client = WebClient.create(gateway.vertx(),
        new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(gateway.port()));
  }

  /** Starts with the given configuration keys on top of the defaults (and {@code http.port=0}). */
  public static TestGateway start(Map<String, String> config) throws Exception {
    Map<String, String> keys = new HashMap<>(config);
    keys.putIfAbsent("http.port", "0");
    Database database = Database.start(TestPostgres.newDatabase());
    return new TestGateway(database, Gateway.start(ConfigLoader.fromMap(keys), database));
  }

  public Database database() {
    return database;
  }

  public Gateway gateway() {
    return gateway;
  }

  public WebClient client() {
    return client;
  }

  @Override
  public void close() throws Exception {
    gateway.close();
    database.close();
  }
}
