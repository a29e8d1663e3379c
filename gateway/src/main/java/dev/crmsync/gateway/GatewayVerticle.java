package dev.crmsync.gateway;

import dev.crmsync.gateway.auth.ApiKeys;
import dev.crmsync.gateway.auth.AuthRoutes;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.auth.CanvasRequests;
import dev.crmsync.gateway.auth.SeatSignIn;
import dev.crmsync.gateway.auth.SessionTokens;
import dev.crmsync.gateway.badges.BadgeOperations;
import dev.crmsync.gateway.badges.CrmLinks;
import dev.crmsync.gateway.badges.LinkNotifications;
import dev.crmsync.gateway.config.ApiConfig;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.connect.ConnectFlow;
import dev.crmsync.gateway.connect.ConnectRoutes;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.contact.ContactOperations;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.directory.DirectoryImportRoutes;
import dev.crmsync.gateway.directory.DirectoryImports;
import dev.crmsync.gateway.health.HealthRoutes;
import dev.crmsync.gateway.match.MatchRoutes;
import dev.crmsync.gateway.match.MatchService;
import dev.crmsync.gateway.match.RematchQueue;
import dev.crmsync.gateway.rematch.RematchOperations;
import dev.crmsync.gateway.search.SearchOperations;
import dev.crmsync.gateway.sync.SyncRoutes;
import dev.crmsync.gateway.sync.SyncService;
import dev.crmsync.gateway.web.ApiContract;
import dev.crmsync.gateway.web.Failures;
import dev.crmsync.gateway.web.OperatorAuth;
import dev.crmsync.gateway.web.RequestLog;
import dev.crmsync.gateway.widget.DemoPages;
import dev.crmsync.gateway.widget.WidgetRoutes;
import dev.crmsync.index.names.Nicknames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;

/** The HTTP gateway: mounts each feature's router and owns the database pool it uses. */
public final class GatewayVerticle extends VerticleBase {
  /** JSON bodies of the API are small; anything larger is refused before it is buffered. */
  static final long BODY_LIMIT_BYTES = 1024 * 1024;
  private static final long SHUTDOWN_GRACE_SECONDS = 10;

  private final GatewayConfig config;
  private final Database database;
  private final PrometheusMeterRegistry metrics;
  private Pool pool;
  private HttpServer server;
  private SyncService sync;
  private MatchService matching;
  private RematchQueue rematches;
  private CrmLinks links;
  private PgSubscriber linkChanges;

  public GatewayVerticle(GatewayConfig config, Database database, PrometheusMeterRegistry metrics) {
    this.config = config;
    this.database = database;
    this.metrics = metrics;
  }

  @Override
  public Future<?> start() {
    pool = database.pool(vertx);
    SalesforceAccess salesforce = SalesforceAccess.create(vertx, pool, config.salesforce());
    matching = new MatchService(database, config.matching().indexDir(), Nicknames.bundled(),
        config.matching().thresholds());
    rematches = new RematchQueue(vertx, pool, matching);
    sync = SyncService.create(vertx, pool, database, salesforce, config.salesforce().sync(), rematches);
    if (config.salesforce().sync().scheduler()) {
      sync.startScheduler();
    }
    links = new CrmLinks(vertx, pool, database);
    linkChanges = LinkNotifications.listen(vertx, database.connectOptions(), links);
    Gauge.builder("crmsync.badges.links.in.memory", links, CrmLinks::inMemory)
        .description("MATCH links held in memory for badges, all tenants").register(metrics);
    return ApiContract.loadForRouting(vertx)
        .compose(contract -> vertx.createHttpServer()
            .requestHandler(router(salesforce, contract))
            .listen(config.httpPort(), config.httpHost()))
        .onSuccess(listening -> server = listening);
  }

  private Router router(SalesforceAccess salesforce, OpenAPIContract contract) {
    Router router = Router.router(vertx);
    router.route().handler(RequestLog::handle);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.route("/health*").subRouter(HealthRoutes.router(vertx, pool));
    router.get("/metrics").handler(PrometheusScrapingHandler.create(metrics));
    Handler<RoutingContext> operator = OperatorAuth.create(config.operator());
    DirectoryImports imports = new DirectoryImports(vertx, database, pool, rematches);
    router.route("/api/v1/operator/directory/*").subRouter(DirectoryImportRoutes.router(vertx, imports, operator));
    ConnectFlow connect = new ConnectFlow(salesforce, tenant -> sync.syncNow(tenant));
    router.route("/oauth/salesforce/*").subRouter(ConnectRoutes.callbackRouter(vertx, connect));
    router.route("/admin/salesforce/*").subRouter(ConnectRoutes.adminRouter(vertx, connect, salesforce, operator));
    router.route("/admin/sync/*").subRouter(SyncRoutes.router(vertx, pool, sync, operator));
    router.route("/admin/match/*").subRouter(MatchRoutes.router(vertx, pool, matching, operator));
    mountUserFacing(router, contract);
    router.route().failureHandler(Failures::handle);
    for (int status : Failures.ROUTER_STATUSES) {
      router.errorHandler(status, Failures.forStatus(status));
    }
    return router;
  }

  /** What seat holders, the widget and service callers use: /api/v1, the sign-in flows and the widget pages. */
  private void mountUserFacing(Router router, OpenAPIContract contract) {
    ApiConfig api = config.api();
    SessionTokens tokens = new SessionTokens(vertx, api.sessionSecret().orElseThrow());
    Authenticate authenticate = new Authenticate(tokens, new ApiKeys(pool));
    CanvasRequests canvas = new CanvasRequests(pool);
    router.route(ApiContract.BASE_PATH + "/*").subRouter(apiRouter(contract, authenticate));
    router.route("/auth/*").subRouter(new AuthRoutes(tokens, SeatSignIn.create(vertx, config.salesforce()), canvas,
        pool, api.sessionTtlSeconds(), api.widgetTtlSeconds()).router(vertx));
    router.route("/widget*").subRouter(
        new WidgetRoutes(pool, canvas, tokens, authenticate, api.widgetTtlSeconds()).router(vertx));
    if (api.demo()) {
      router.route("/demo/*").subRouter(new DemoPages(pool).router(vertx));
    }
  }

  private Router apiRouter(OpenAPIContract contract, Authenticate authenticate) {
    ApiContract api = ApiContract.builder(vertx, contract, authenticate);
    authenticate.mount(api);
    new BadgeOperations(links).mount(api);
    new SearchOperations(pool, links).mount(api);
    new ContactOperations(pool).mount(api);
    new RematchOperations(pool, links).mount(api);
    return api.router();
  }

  /** The port the server listens on (the configured one, or the one chosen for port 0). */
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    // in-flight requests get a grace period before connections close
    sync.close();
    return server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)
        .eventually(linkChanges::close)
        .eventually(() -> pool.close());
  }
}
