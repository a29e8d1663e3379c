package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.SharedPort;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The badge benchmark's baseline: a Vert.x endpoint taking the same request and answering {@code {"ok":true}},
 * without authentication, validation or lookups, deployed on as many event loops as the gateway.
 */
final class TrivialEndpoint extends VerticleBase implements SharedPort.Listening {
  static final String PATH = "/trivial";

  private final int port;
  private HttpServer server;

  TrivialEndpoint(int port) {
    this.port = port;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    router.post(PATH).handler(ctx -> ctx.json(new JsonObject().put("ok", true)));
    return vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1")
        .onSuccess(listening -> server = listening);
  }

  @Override
  public int port() {
    return server.actualPort();
  }
}
