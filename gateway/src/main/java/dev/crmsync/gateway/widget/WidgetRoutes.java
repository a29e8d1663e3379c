package dev.crmsync.gateway.widget;

import dev.crmsync.api.Caller;
import dev.crmsync.gateway.auth.Authenticate;
import dev.crmsync.gateway.auth.CanvasRequests;
import dev.crmsync.gateway.auth.SessionTokens;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /widget}: Salesforce posts a Canvas signed request to it ({@code POST}, form field
 * {@code signed_request}), which becomes a short-lived widget token in the page; a signed-in seat holder may also
 * open it directly ({@code GET ?recordId=}). {@code /widget/assets/*} are its script and styles.
 */
public final class WidgetRoutes {
  private static final String TEMPLATE = Pages.load("/widget/widget.html");

  private final Pool pool;
  private final CanvasRequests canvas;
  private final SessionTokens tokens;
  private final Authenticate authenticate;
  private final int widgetTtlSeconds;

  public WidgetRoutes(Pool pool, CanvasRequests canvas, SessionTokens tokens, Authenticate authenticate,
      int widgetTtlSeconds) {
    this.pool = pool;
    this.canvas = canvas;
    this.tokens = tokens;
    this.authenticate = authenticate;
    this.widgetTtlSeconds = widgetTtlSeconds;
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.get("/assets/*").handler(StaticHandler.create("widget/assets").setCachingEnabled(true).setMaxAgeSeconds(300));
    router.post("/").handler(ctx -> fromCanvas(ctx).onFailure(ctx::fail));
    router.get("/").handler(ctx -> fromSession(ctx).onFailure(ctx::fail));
    return router;
  }

  private Future<Void> fromCanvas(RoutingContext ctx) {
    return canvas.verify(ctx.request().getFormAttribute("signed_request")).compose(verified -> render(ctx,
        verified.caller(), tokens.issue(verified.caller(), widgetTtlSeconds),
        verified.recordId().orElse(ctx.queryParams().get("recordId"))));
  }

  private Future<Void> fromSession(RoutingContext ctx) {
    String recordId = ctx.queryParams().get("recordId");
    return authenticate.sessionCaller(ctx)
        .compose(caller -> render(ctx, caller, "", recordId))
        .recover(unauthenticated -> {
          String back = "/widget" + (recordId == null ? "" : "?recordId=" + encode(recordId));
          ctx.redirect("/auth/login?returnTo=" + encode(back));
          return Future.succeededFuture();
        });
  }

  private Future<Void> render(RoutingContext ctx, Caller caller, String token, String recordId) {
    return frameOrigins(caller).compose(origins -> {
      String page = Pages.fill(TEMPLATE, Map.of(
          "token", token,
          "recordId", recordId == null ? "" : recordId,
          "actor", caller.actor(),
          "tenant", caller.tenantName()));
      return ctx.response()
          .putHeader("Content-Type", "text/html; charset=utf-8")
          .putHeader("Content-Security-Policy", contentSecurityPolicy(origins))
          .putHeader("Cache-Control", "no-store")
          .putHeader("Referrer-Policy", "no-referrer")
          .putHeader("X-Content-Type-Options", "nosniff")
          .end(page);
    });
  }

  private Future<List<String>> frameOrigins(Caller caller) {
    return pool.preparedQuery(WidgetQueries.FRAME_ORIGINS).execute(Tuple.of(caller.tenantId()))
        .map(rows -> rows.size() == 0 ? List.of()
            : List.of(rows.iterator().next().getArrayOfStrings("salesforce_origins")));
  }

  /** Scripts and styles from this origin only; only the tenant's Salesforce pages may frame the widget. */
  static String contentSecurityPolicy(List<String> frameOrigins) {
    String ancestors = frameOrigins.isEmpty() ? "'none'" : frameOrigins.stream()
        .filter(origin -> origin.matches("https?://[A-Za-z0-9.*:-]+"))
        .collect(Collectors.joining(" "));
    return Stream.of(
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors " + (ancestors.isEmpty() ? "'none'" : ancestors)).collect(Collectors.joining("; "));
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
