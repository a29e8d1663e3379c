package dev.crmsync.gateway.widget;

import dev.crmsync.gateway.auth.CanvasRequests;
import dev.crmsync.gateway.web.ApiException;
import dev.crmsync.gateway.web.SalesforceIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Demo mode only: {@code GET /demo/salesforce/{recordId}?user=name} plays a Salesforce record page. It signs a
 * Canvas request with the tenant's consumer secret, as Salesforce would, and posts it into the widget's frame,
 * so the demo runs the real widget sign-in.
 */
public final class DemoPages {
  static final String DEFAULT_USER = "demo.user@example.com";
  private static final String TEMPLATE = Pages.load("/widget/demo-record.html");

  private final Pool pool;

  public DemoPages(Pool pool) {
    this.pool = pool;
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.get("/salesforce/:recordId").handler(ctx -> recordPage(ctx).onFailure(ctx::fail));
    return router;
  }

  private Future<Void> recordPage(RoutingContext ctx) {
    String recordId = SalesforceIds.to18(ctx.pathParam("recordId"));
    String user = Objects.requireNonNullElse(ctx.queryParams().get("user"), DEFAULT_USER);
    return pool.preparedQuery(WidgetQueries.DEMO_RECORD).execute(Tuple.of(recordId)).compose(rows -> {
      if (rows.size() == 0) {
        throw new ApiException(404, "NOT_FOUND", "no CRM record " + recordId + " of a tenant with a widget app");
      }
      Row row = rows.iterator().next();
      JsonObject fields = (JsonObject) row.getValue("fields");
      String signed = CanvasRequests.sign(row.getString("consumer_secret"), CanvasRequests.envelope(
          row.getString("sf_org_id"), "005000000000001AAA", user, recordId));
      String page = Pages.fill(TEMPLATE, Map.of(
          "object", row.getString("sobject"),
          "title", title(row.getString("sobject"), fields),
          "tenant", row.getString("tenant_name"),
          "user", user,
          "signedRequest", signed,
          "recordId", recordId));
      return ctx.response()
          .putHeader("Content-Type", "text/html; charset=utf-8")
          .putHeader("Content-Security-Policy",
              "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; form-action 'self'")
          .putHeader("Cache-Control", "no-store")
          .end(page.replace("<!--fields-->", fieldRows(fields)));
    });
  }

  private static String title(String object, JsonObject fields) {
    String name = Stream.of(fields.getString("FirstName"), fields.getString("LastName"))
        .filter(Objects::nonNull).collect(Collectors.joining(" ")).trim();
    return name.isEmpty() ? fields.getString("Name", object) : name;
  }

  /** The record's simple fields as a Lightning "Details" list, system fields left out. */
  private static String fieldRows(JsonObject fields) {
    return fields.fieldNames().stream()
        .filter(name -> !name.equals("Id") && !name.endsWith("Date") && !name.equals("SystemModstamp")
            && !name.equals("IsDeleted") && !name.equals("attributes"))
        .filter(name -> fields.getValue(name) instanceof String || fields.getValue(name) instanceof Number)
        .sorted()
        .map(name -> "<div class=\"field\"><dt>" + Pages.escape(label(name)) + "</dt><dd>"
            + Pages.escape(String.valueOf(fields.getValue(name))) + "</dd></div>")
        .collect(Collectors.joining("\n"));
  }

  private static String label(String apiName) {
    return apiName.replaceAll("__c$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
  }
}
