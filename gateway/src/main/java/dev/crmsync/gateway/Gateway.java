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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running gateway: its Vert.x instance with metrics, and the deployed {@link GatewayVerticle}. */
public final class Gateway implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 60;

  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final Vertx vertx;
  private final GatewayVerticle verticle;
  private final GatewayConfig config;

  private Gateway(Vertx vertx, GatewayVerticle verticle, GatewayConfig config) {
    this.vertx = vertx;
    this.verticle = verticle;
    this.config = config;
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
    GatewayVerticle verticle = new GatewayVerticle(config, database, metrics);
    try {
      vertx.deployVerticle(verticle).await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      vertx.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      throw e;
    }
    return new Gateway(vertx, verticle, config);
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
    return config;
  }

  public int port() {
    return verticle.port();
  }

  public Vertx vertx() {
    return vertx;
  }

  @Override
  public void close() throws Exception {
    vertx.close().await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
