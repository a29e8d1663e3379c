package dev.crmsync.gateway;

import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.db.Database;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.jackson.DatabindCodec;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.sqlclient.Pool;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway: its Vert.x instance with metrics, the services its event loops share, and one
 * {@link GatewayVerticle} per event loop, all serving the same port.
 */
public final class Gateway implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 60;

  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final Vertx vertx;
  private final GatewayServices services;
  private final int port;

  private Gateway(Vertx vertx, GatewayServices services, int port) {
    this.vertx = vertx;
    this.services = services;
    this.port = port;
  }

  /** Starts serving on the given database, which the caller owns and closes. */
  public static Gateway start(GatewayConfig configured, Database database) throws Exception {
    // records are written through generated lambdas instead of reflection: a tenth of a badge call's time
    DatabindCodec.mapper().registerModule(new BlackbirdModule());
    GatewayConfig config = withSessionSecret(configured);
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(
            new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true)))
        .withMetrics(new MicrometerMetricsFactory(metrics))
        .build();
    GatewayServices services = null;
    try {
      services = GatewayServices.start(vertx, config, database, metrics);
      GatewayServices shared = services;
      int port = SharedPort.deploy(vertx, config.eventLoops(), config.httpPort(),
          bound -> new GatewayVerticle(shared, metrics, bound));
      return new Gateway(vertx, services, port);
    } catch (Exception e) {
      if (services != null) {
        services.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
      vertx.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      throw e;
    }
  }

  /** Without a configured secret, sessions are signed with a random one and do not outlive this process. */
  private static GatewayConfig withSessionSecret(GatewayConfig config) {
    if (config.api().sessionSecret().isPresent()) {
      return config;
    }
    LOG.warn("auth.session.secret is not set: sessions end when this process stops and other nodes reject them");
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return config.withApi(config.api().withSessionSecret(Base64.getEncoder().encodeToString(secret)));
  }

  /** The configuration the gateway runs with, the session secret resolved. */
  public GatewayConfig config() {
    return services.config;
  }

  public int port() {
    return port;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The gateway's PostgreSQL pool, for work done beside it in the same process (the demo's setup). */
  public Pool pool() {
    return services.pool;
  }

  /** Servers drain first (each verticle's stop), then the shared services close, then Vert.x. */
  @Override
  public void close() throws Exception {
    for (String deployment : vertx.deploymentIDs()) {
      vertx.undeploy(deployment).await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    services.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    vertx.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
