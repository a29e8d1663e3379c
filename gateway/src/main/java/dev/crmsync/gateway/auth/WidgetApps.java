package dev.crmsync.gateway.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/** The connected app a tenant's widget runs in: its consumer secret and the origins that may frame it. */
public final class WidgetApps {
  static final String UPSERT = """
      INSERT INTO tenant_widget_app (tenant_id, consumer_secret, salesforce_origins) VALUES ($1, $2, $3)
      ON CONFLICT (tenant_id) DO UPDATE
      SET consumer_secret = EXCLUDED.consumer_secret, salesforce_origins = EXCLUDED.salesforce_origins,
          updated_at = now()""";

  private final Pool pool;

  public WidgetApps(Pool pool) {
    this.pool = pool;
  }

  /** Registers (or replaces) the tenant's widget app. */
  public Future<Void> register(UUID tenantId, String consumerSecret, List<String> origins) {
    return pool.preparedQuery(UPSERT)
        .execute(Tuple.of(tenantId, consumerSecret, origins.toArray(String[]::new)))
        .mapEmpty();
  }
}
