package dev.crmsync.gateway.web;

import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request: method, path, status and time. The query string and bodies are left out, since
 * they may carry names, e-mails or tokens.
 */
public final class RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger("crm-sync.requests");

  private RequestLog() {
  }

  public static void handle(RoutingContext ctx) {
    if (!LOG.isInfoEnabled()) {
      ctx.next(); // turned off, as by the benchmarks: not even the end handler
      return;
    }
    long start = System.nanoTime();
    ctx.addEndHandler(done -> LOG.info("{} {} {} {}ms",
        ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(),
        (System.nanoTime() - start) / 1_000_000));
    ctx.next();
  }
}
