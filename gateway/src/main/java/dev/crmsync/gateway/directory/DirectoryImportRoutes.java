package dev.crmsync.gateway.directory;

import dev.crmsync.gateway.web.ApiException;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The operator API of directory imports, behind the operator token:
 * {@code POST /imports {"path": "/data/directory"}} answers 202 with the import's id (and a Location), and
 * {@code GET /imports/{id}} its status, progress and summary.
 */
public final class DirectoryImportRoutes {
  private DirectoryImportRoutes() {
  }

  /** {@code operator} is the operator token check ({@code OperatorAuth}), shared by every operator route. */
  public static Router router(Vertx vertx, DirectoryImports imports, Handler<RoutingContext> operator) {
    Router router = Router.router(vertx);
    router.route().handler(operator);
    router.post("/imports").handler(ctx -> start(ctx, imports));
    router.get("/imports/:id").respond(ctx -> imports.find(ctx.pathParam("id")));
    return router;
  }

  private static void start(RoutingContext ctx, DirectoryImports imports) {
    imports.start(folder(ctx.body().buffer()))
        .onSuccess(started -> ctx.response()
            .setStatusCode(202)
            .putHeader("Location", ctx.request().path() + "/" + started.getString("id"))
            .putHeader("Content-Type", "application/json")
            .end(started.encode()))
        .onFailure(ctx::fail);
  }

  private static Path folder(Buffer body) {
    Object request = body == null || body.length() == 0 ? null : Json.decodeValue(body);
    if (!(request instanceof JsonObject json)) {
      throw badRequest("the body must be a JSON object such as {\"path\": \"/data/directory\"}");
    }
    if (!(json.getValue("path") instanceof String path) || path.isBlank()) {
      throw badRequest("path: expected the folder as a non-empty string");
    }
    try {
      return Path.of(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw badRequest("path: not a valid path on this server");
    }
  }

  private static ApiException badRequest(String message) {
    return new ApiException(400, "BAD_REQUEST", message);
  }
}
