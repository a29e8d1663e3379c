package dev.crmsync.gateway;

import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.db.Database;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.concurrent.TimeUnit;

/** A running gateway: its Vert.x instance with metrics, and the deployed {@link GatewayVerticle}. */
public final class Gateway implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 60;

  private final Vertx vertx;
  private final GatewayVerticle verticle;

  private Gateway(Vertx vertx, GatewayVerticle verticle) {
    this.vertx = vertx;
    this.verticle = verticle;
  }

  /** Starts serving on the given database, which the caller owns and closes. */
  public static Gateway start(GatewayConfig config, Database database) throws Exception {
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
    return new Gateway(vertx, verticle);
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
