package dev.crmsync.emulator;

import dev.crmsync.emulator.admin.AdminRoutes;
import dev.crmsync.emulator.bulk.BulkRoutes;
import dev.crmsync.emulator.faults.Faults;
import dev.crmsync.emulator.oauth.ConnectedApp;
import dev.crmsync.emulator.oauth.OAuthRoutes;
import dev.crmsync.emulator.oauth.Sessions;
import dev.crmsync.emulator.org.ExportFolder;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Records;
import dev.crmsync.emulator.org.Users;
import dev.crmsync.emulator.rest.ApiErrors;
import dev.crmsync.emulator.rest.ApiGate;
import dev.crmsync.emulator.rest.RestContext;
import dev.crmsync.emulator.rest.RestRoutes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Salesforce emulator: OAuth 2.0, REST, SOQL and Bulk API 2.0 over an in-memory org, on one HTTP port.
 *
 * <pre>{@code
 * EmulatorServer sf = EmulatorServer.startBlocking(vertx, EmulatorConfig.defaults());
 * String token = ...; // POST sf.baseUrl() + "/services/oauth2/token" (grant_type=password, ...)
 * sf.org().insert("Lead", Map.of("LastName", "Ng", "Company", "Acme"));
 * sf.close().await(10, TimeUnit.SECONDS);
 * }</pre>
 */
public final class EmulatorServer {
  private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);

  private final Vertx vertx;
  private final EmulatorConfig config;
  private final Org org;
  private final Sessions sessions;
  private final Faults faults;
  private final AtomicReference<String> baseUrl = new AtomicReference<>();
  private HttpServer server;

  private EmulatorServer(Vertx vertx, EmulatorConfig config, Org org) {
    this.vertx = vertx;
    this.config = config;
    this.org = org;
    this.sessions = new Sessions(org.orgId(), config.org().clock(), config.oauth().accessTokenLifetime());
    this.faults = new Faults(config.faults(), config.faultSeed());
  }

  /** Starts with a new org, loaded from the configured export folder if any (on a worker thread). */
  public static Future<EmulatorServer> start(Vertx vertx, EmulatorConfig config) {
    return vertx.executeBlocking(() -> {
      Org org = new Org(config.org());
      if (config.orgFolder() != null) {
        long rows = ExportFolder.load(config.orgFolder(), org);
        LOG.info("loaded {} records from {}", rows, config.orgFolder());
      }
      return org;
    }, false).compose(org -> start(vertx, config, org));
  }

  /** Starts over an org filled beforehand, e.g. by the generator through {@link Org#sink()}. */
  public static Future<EmulatorServer> start(Vertx vertx, EmulatorConfig config, Org org) {
    Users.ensureIntegrationUser(org);
    EmulatorServer emulator = new EmulatorServer(vertx, config, org);
    return emulator.listen().map(server -> emulator);
  }

  /** {@link #start(Vertx, EmulatorConfig)} for tests and commands: waits up to two minutes. Not on an event loop. */
  public static EmulatorServer startBlocking(Vertx vertx, EmulatorConfig config) throws Exception {
    return start(vertx, config).await(2, TimeUnit.MINUTES);
  }

  private Future<HttpServer> listen() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create().setBodyLimit(64L * 1024 * 1024));
    router.route().handler(ctx -> {
      long latency = faults.current().latencyMillis();
      if (latency > 0 && !ctx.request().path().startsWith(AdminRoutes.PREFIX)) {
        vertx.setTimer(latency, t -> ctx.next());
      } else {
        ctx.next();
      }
    });
    OAuthRoutes.mount(router, org, sessions, config.oauth(), baseUrl::get, config.apiVersion());
    router.route(RestRoutes.DATA).handler(new ApiGate(org, sessions, faults));
    router.route(RestRoutes.DATA + "/*").handler(new ApiGate(org, sessions, faults));
    RestRoutes.mount(router, new RestContext(org, new Records(org), faults, config.queryBatchSize()));
    BulkRoutes.mount(router, vertx, org, faults, config.bulk());
    router.route(RestRoutes.DATA + "/*").handler(ctx -> ApiErrors.send(ctx, 404, "NOT_FOUND",
        "The requested resource does not exist"));
    router.route("/services/data/*").failureHandler(ctx -> ApiErrors.handle(ctx, ctx.failure()));
    AdminRoutes.mount(router, org, sessions, faults, this::persist);
    return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true))
        .requestHandler(router)
        .listen(config.port(), config.host())
        .onSuccess(listening -> {
          server = listening;
          baseUrl.set("http://" + hostForUrls() + ":" + listening.actualPort());
          LOG.info("Salesforce emulator for org {} listening at {}", org.orgId(), baseUrl.get());
        });
  }

  private String hostForUrls() {
    return config.host().equals("0.0.0.0") ? "localhost" : config.host();
  }

  /** The base URL: the login host and the instance_url at once, e.g. {@code http://127.0.0.1:40123}. */
  public String baseUrl() {
    return baseUrl.get();
  }

  public int port() {
    return server.actualPort();
  }

  /** The org served; tests may fill or change it directly. */
  public Org org() {
    return org;
  }

  /** The access and refresh tokens issued so far. */
  public Sessions sessions() {
    return sessions;
  }

  /** The faults in force; switchable at run time, like {@code POST /__emulator/faults}. */
  public Faults faults() {
    return faults;
  }

  public ConnectedApp app() {
    return config.oauth().app();
  }

  public EmulatorConfig config() {
    return config;
  }

  /** Saves the org to the persist folder (on a worker thread); fails when none is configured. */
  public Future<String> persist() {
    if (config.persistFolder() == null) {
      return Future.failedFuture(new IllegalArgumentException("no persist folder is configured"));
    }
    return vertx.executeBlocking(() -> {
      ExportFolder.save(org, config.persistFolder());
      return config.persistFolder().toString();
    }, false);
  }

  /** Stops listening, after saving the org when a persist folder is configured. */
  public Future<Void> close() {
    Future<?> saved = config.persistFolder() == null ? Future.succeededFuture() : persist();
    return saved.compose(v -> server == null ? Future.succeededFuture() : server.close());
  }
}
