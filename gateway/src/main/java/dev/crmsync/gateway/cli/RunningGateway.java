package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.Gateway;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.db.Database;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database and gateway of a command, stopped in reverse order on Ctrl-C or SIGTERM. */
final class RunningGateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunningGateway.class);

  private final Database database;
  private final Gateway gateway;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private RunningGateway(Database database, Gateway gateway) {
    this.database = database;
    this.gateway = gateway;
  }

  static RunningGateway start(GatewayConfig config) throws Exception {
    Database database = Database.start(config.database());
    try {
      return new RunningGateway(database, Gateway.start(config, database));
    } catch (Exception e) {
      database.close();
      throw e;
    }
  }

  Gateway gateway() {
    return gateway;
  }

  Database database() {
    return database;
  }

  String baseUrl(GatewayConfig config) {
    return "http://" + config.httpHost() + ":" + gateway.port();
  }

  /** Blocks until the process is asked to stop, then shuts down gracefully. */
  void awaitShutdown() throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
  }

  @Override
  public void close() {
    try {
      gateway.close();
    } catch (Exception e) {
      LOG.warn("gateway did not stop cleanly", e);
    }
    database.close();
    LOG.info("stopped");
  }
}
