package dev.crmsync.gateway;

import dev.crmsync.gateway.auth.ApiKeys;
import dev.crmsync.gateway.badges.CrmLinks;
import dev.crmsync.gateway.badges.LinkNotifications;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.db.Notifications;
import dev.crmsync.gateway.directory.DirectoryImports;
import dev.crmsync.gateway.match.MatchService;
import dev.crmsync.gateway.match.RematchQueue;
import dev.crmsync.gateway.sync.SyncService;
import dev.crmsync.index.names.Nicknames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.Map;

/**
 * What the gateway's event loops share, built once per process: the database pool, the Salesforce connections
 * and their sync scheduler, matching and its rematch queue, directory imports, and the in-memory copies (badge
 * links, API keys) with the notifications that keep them current.
 * Each {@link GatewayVerticle} instance only routes requests to them.
 */
final class GatewayServices {
  final GatewayConfig config;
  final Pool pool;
  final SalesforceAccess salesforce;
  final MatchService matching;
  final RematchQueue rematches;
  final SyncService sync;
  final DirectoryImports imports;
  final CrmLinks links;
  final ApiKeys keys;
  private final Notifications notifications;

  private GatewayServices(Vertx vertx, GatewayConfig config, Database database, MeterRegistry metrics) {
    this.config = config;
    pool = database.pool(vertx);
    salesforce = SalesforceAccess.create(vertx, pool, config.salesforce());
    matching = new MatchService(database, config.matching().indexDir(), Nicknames.bundled(),
        config.matching().thresholds());
    rematches = new RematchQueue(vertx, pool, matching);
    sync = SyncService.create(vertx, pool, database, salesforce, config.salesforce().sync(), rematches);
    imports = new DirectoryImports(vertx, database, pool, rematches);
    links = new CrmLinks(vertx, pool, database);
    keys = new ApiKeys(pool);
    notifications = Notifications.start(vertx, database.connectOptions(),
        Map.of(LinkNotifications.CHANNEL, new LinkNotifications(links), ApiKeys.CHANNEL, keys));
    Gauge.builder("crmsync.badges.links.in.memory", links, CrmLinks::inMemory)
        .description("MATCH links held in memory for badges, all tenants").register(metrics);
  }

  static GatewayServices start(Vertx vertx, GatewayConfig config, Database database, MeterRegistry metrics) {
    GatewayServices services = new GatewayServices(vertx, config, database, metrics);
    if (config.salesforce().sync().scheduler()) {
      services.sync.startScheduler();
    }
    return services;
  }

  /**
   * After the HTTP servers have drained, and off the event loops: no new sync starts, the match indexes close
   * once the run in progress is done, and the connections close.
   */
  Future<Void> close() {
    sync.close();
    matching.close();
    return notifications.close().eventually(pool::close);
  }
}
