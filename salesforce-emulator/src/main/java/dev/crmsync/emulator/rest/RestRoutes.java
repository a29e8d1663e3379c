package dev.crmsync.emulator.rest;

import io.vertx.ext.web.Router;

/** The REST API under {@code /services/data}: versions, sObjects, describe, query, collections and limits. */
public final class RestRoutes {
  /** Every call under this path passes the {@link ApiGate} first. */
  public static final String DATA = "/services/data/:version";

  private RestRoutes() {
  }

  /** Adds the routes; the {@link ApiGate} must already be on {@code /services/data/:version/*}. */
  public static void mount(Router router, RestContext context) {
    router.get("/services/data").handler(ctx -> ApiErrors.json(ctx, 200, ApiVersions.list()));
    router.get("/services/data/").handler(ctx -> ApiErrors.json(ctx, 200, ApiVersions.list()));
    new DescribeRoutes(context).mount(router);
    new ChangesRoutes(context).mount(router);
    new SObjectRoutes(context).mount(router);
    new QueryRoutes(context).mount(router);
    new CollectionRoutes(context).mount(router);
    new CompositeRoutes(context).mount(router);
  }
}
