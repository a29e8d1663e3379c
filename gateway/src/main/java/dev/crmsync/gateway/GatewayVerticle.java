package dev.crmsync.gateway;

import dev.crmsync.gateway.auth.AuthRoutes;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.auth.CanvasRequests;
import dev.crmsync.gateway.auth.SeatSignIn;
import dev.crmsync.gateway.auth.SessionTokens;
import dev.crmsync.gateway.badges.BadgeOperations;
import dev.crmsync.gateway.config.ApiConfig;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.connect.ConnectFlow;
import dev.crmsync.gateway.connect.ConnectRoutes;
import dev.crmsync.gateway.contact.ContactOperations;
import dev.crmsync.gateway.directory.DirectoryImportRoutes;
import dev.crmsync.gateway.health.HealthRoutes;
import dev.crmsync.gateway.match.MatchRoutes;
import dev.crmsync.gateway.rematch.RematchOperations;
import dev.crmsync.gateway.search.SearchOperations;
import dev.crmsync.gateway.sync.SyncRoutes;
import dev.crmsync.gateway.web.ApiContract;
import dev.crmsync.gateway.web.Failures;
import dev.crmsync.gateway.web.OperatorAuth;
import dev.crmsync.gateway.web.RequestLog;
import dev.crmsync.gateway.widget.DemoPages;
import dev.crmsync.gateway.widget.WidgetRoutes;
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
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;

/**
 * One event loop of the HTTP gateway: mounts each feature's router on the shared {@link GatewayServices} and
 * listens. The gateway deploys one instance per event loop it is configured with, all on the same port.
 */
public final class GatewayVerticle extends VerticleBase implements SharedPort.Listening {
  /** JSON bodies of the API are small; anything larger is refused before it is buffered. */
  static final long BODY_LIMIT_BYTES = 1024 * 1024;
  private static final long SHUTDOWN_GRACE_SECONDS = 10;

  private final GatewayServices services;
  private final GatewayConfig config;
  private final PrometheusMeterRegistry metrics;
  private final int port;
  private HttpServer server;

  GatewayVerticle(GatewayServices services, PrometheusMeterRegistry metrics, int port) {
    this.services = services;
    this.config = services.config;
    this.metrics = metrics;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    return ApiContract.loadForRouting(vertx)
        .compose(contract -> vertx.createHttpServer()
            .requestHandler(router(contract))
            .listen(port, config.httpHost()))
        .onSuccess(listening -> server = listening);
  }

  private Router router(OpenAPIContract contract) {
    Pool pool = services.pool;
    Router router = Router.router(vertx);
    router.route().handler(RequestLog::handle);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.route("/health*").subRouter(HealthRoutes.router(vertx, pool));
    router.get("/metrics").handler(PrometheusScrapingHandler.create(metrics));
    Handler<RoutingContext> operator = OperatorAuth.create(config.operator());
    router.route("/api/v1/operator/directory/*")
        .subRouter(DirectoryImportRoutes.router(vertx, services.imports, operator));
    ConnectFlow connect = new ConnectFlow(services.salesforce, tenant -> services.sync.syncNow(tenant));
    router.route("/oauth/salesforce/*").subRouter(ConnectRoutes.callbackRouter(vertx, connect));
    router.route("/admin/salesforce/*")
        .subRouter(ConnectRoutes.adminRouter(vertx, connect, services.salesforce, operator));
    router.route("/admin/sync/*").subRouter(SyncRoutes.router(vertx, pool, services.sync, operator));
    router.route("/admin/match/*").subRouter(MatchRoutes.router(vertx, pool, services.matching, operator));
    mountUserFacing(router, contract);
    router.route().failureHandler(Failures::handle);
    for (int status : Failures.ROUTER_STATUSES) {
      router.errorHandler(status, Failures.forStatus(status));
    }
    return router;
  }

  /** What seat holders, the widget and service callers use: /api/v1, the sign-in flows and the widget pages. */
  private void mountUserFacing(Router router, OpenAPIContract contract) {
    Pool pool = services.pool;
    ApiConfig api = config.api();
    SessionTokens tokens = new SessionTokens(vertx, api.sessionSecret().orElseThrow());
    Authenticate authenticate = new Authenticate(tokens, services.keys);
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
    Pool pool = services.pool;
    ApiContract api = ApiContract.builder(vertx, contract, authenticate);
    authenticate.mount(api);
    new BadgeOperations(services.links).mount(api);
    new SearchOperations(pool, services.links).mount(api);
    new ContactOperations(pool).mount(api);
    new RematchOperations(pool, services.links).mount(api);
    return api.router();
  }

  /** The port the server listens on (the configured one, or the one chosen for port 0). */
  @Override
  public int port() {
    return server.actualPort();
  }

  @Override
  public Future<?> stop() {
    // in-flight requests get a grace period before connections close
    return server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
  }
}
