package dev.crmsync.gateway;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Deployable;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Deploys an HTTP verticle once per event loop on one port, over which Vert.x spreads the connections. Port 0
 * (any free port) becomes a negative port: Vert.x binds a free port once for all servers asking for the same
 * negative value, where 0 would bind one per server.
 */
public final class SharedPort {
  private static final long DEPLOY_TIMEOUT_SECONDS = 60;
  private static final AtomicInteger FREE_PORTS = new AtomicInteger();

  /** A verticle serving HTTP, which knows the port it listens on once started. */
  public interface Listening extends Deployable {
    int port();
  }

  private SharedPort() {
  }

  /** Deploys {@code instances} verticles made by {@code create} for the port; returns the port they share. */
  public static int deploy(Vertx vertx, int instances, int port, IntFunction<Listening> create) throws Exception {
    int shared = port == 0 ? -FREE_PORTS.incrementAndGet() : port;
    Listening first = create.apply(shared);
    vertx.deployVerticle(first).await(DEPLOY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (instances > 1) {
      vertx.deployVerticle(() -> create.apply(shared), new DeploymentOptions().setInstances(instances - 1))
          .await(DEPLOY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    return first.port();
  }
}
