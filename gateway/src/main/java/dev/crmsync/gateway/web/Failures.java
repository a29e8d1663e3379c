package dev.crmsync.gateway.web;

import dev.crmsync.api.ErrorBody;
import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.openapi.validation.ValidatorException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one failure handler: every error leaves the gateway as an {@link ErrorBody}. 5xx are logged once. */
public final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** Statuses the router answers by itself (no route, wrong method, bad URI, body too large...). */
  public static final int[] ROUTER_STATUSES = {400, 404, 405, 406, 413, 415, 500};

  private static final Map<Integer, String> CODES = Map.of(
      400, "BAD_REQUEST",
      401, "UNAUTHORIZED",
      403, "FORBIDDEN",
      404, "NOT_FOUND",
      405, "METHOD_NOT_ALLOWED",
      406, "NOT_ACCEPTABLE",
      409, "CONFLICT",
      413, "PAYLOAD_TOO_LARGE",
      415, "UNSUPPORTED_MEDIA_TYPE",
      503, "SERVICE_UNAVAILABLE");

  private Failures() {
  }

  /** The failure handler of every route. */
  public static void handle(RoutingContext ctx) {
    respond(ctx, describe(ctx, 500));
  }

  /**
   * The handler for a status the router answers by itself; the context it gets does not always carry that
   * status (a path that cannot be decoded arrives with none), so it is given here.
   */
  public static Handler<RoutingContext> forStatus(int status) {
    return ctx -> respond(ctx, describe(ctx, status));
  }

  private static void respond(RoutingContext ctx, ErrorBody body) {
    if (body.status() >= 500) {
      LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
    }
    if (ctx.response().headWritten()) {
      ctx.request().connection().close();
      return;
    }
    ctx.response()
        .setStatusCode(body.status())
        .putHeader("content-type", "application/json")
        .end(Json.encode(body));
  }

  private static ErrorBody describe(RoutingContext ctx, int fallbackStatus) {
    Throwable failure = ctx.failure();
    if (failure instanceof ApiException e) {
      return new ErrorBody(e.status(), e.code(), e.getMessage());
    }
    // the OpenAPI validation wraps what it finds in a 400, except what it cannot even decode
    if (failure instanceof ValidatorException
        || failure instanceof HttpException e && e.getCause() instanceof ValidatorException) {
      return new ErrorBody(400, "INVALID_REQUEST", failure.getMessage());
    }
    if (failure instanceof DecodeException) {
      return new ErrorBody(400, "MALFORMED_JSON", "the request body is not valid JSON");
    }
    int status = failure instanceof HttpException e ? e.getStatusCode() : ctx.statusCode();
    if (status < 400) {
      status = fallbackStatus;
    }
    String message = failure instanceof HttpException e && e.getPayload() != null ? e.getPayload() : defaultMessage(status, ctx);
    return new ErrorBody(status, CODES.getOrDefault(status, "INTERNAL_ERROR"), message);
  }

  private static String defaultMessage(int status, RoutingContext ctx) {
    return switch (status) {
      case 404 -> "no resource at " + ctx.request().method() + " " + ctx.request().path();
      case 405 -> ctx.request().method() + " is not allowed on " + ctx.request().path();
      case 413 -> "the request body is too large";
      case 400 -> "the request is malformed";
      default -> status >= 500 ? "internal error" : "request failed";
    };
  }
}
