package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.faults.Faults;
import dev.crmsync.emulator.oauth.Bearer;
import dev.crmsync.emulator.oauth.Sessions;
import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Users;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * What every {@code /services/data/vXX.X/**} call passes first: a served version, the injected server errors,
 * the session check (401 INVALID_SESSION_ID), the daily API limit (403 REQUEST_LIMIT_EXCEEDED), and the
 * {@code Sforce-Limit-Info} header on the answer.
 */
public final class ApiGate implements Handler<RoutingContext> {
  private static final String CALLER = "emulator.caller";
  private static final String VERSION = "emulator.version";

  private final Org org;
  private final Sessions sessions;
  private final Faults faults;

  public ApiGate(Org org, Sessions sessions, Faults faults) {
    this.org = org;
    this.sessions = sessions;
    this.faults = faults;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Optional<String> version = ApiVersions.parse(ctx.pathParam("version"));
    if (version.isEmpty()) {
      ApiErrors.send(ctx, 404, "NOT_FOUND", "The requested resource does not exist");
      return;
    }
    ctx.addHeadersEndHandler(v -> ctx.response().putHeader("Sforce-Limit-Info",
        "api-usage=" + faults.apiCalls() + "/" + faults.current().dailyApiLimit()));
    if (faults.drawServerError()) {
      ApiErrors.send(ctx, 503, "SERVER_UNAVAILABLE", "Server temporarily unavailable (injected fault)");
      return;
    }
    Optional<Caller> caller = Bearer.token(ctx.request().getHeader("Authorization"))
        .flatMap(sessions::session)
        .flatMap(session -> Users.byId(org, session.userId()))
        .map(user -> Users.caller(org, user));
    if (caller.isEmpty()) {
      ApiErrors.send(ctx, 401, "INVALID_SESSION_ID", "Session expired or invalid");
      return;
    }
    if (faults.countApiCall() > faults.current().dailyApiLimit()) {
      ApiErrors.send(ctx, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
      return;
    }
    ctx.put(CALLER, caller.get());
    ctx.put(VERSION, version.get());
    ctx.next();
  }

  public static Caller caller(RoutingContext ctx) {
    return ctx.get(CALLER);
  }

  /** The version of the call, e.g. {@code 60.0}. */
  public static String version(RoutingContext ctx) {
    return ctx.get(VERSION);
  }

  /** The base path of the call's version, e.g. {@code /services/data/v60.0}. */
  public static String base(RoutingContext ctx) {
    return "/services/data/v" + version(ctx);
  }
}
