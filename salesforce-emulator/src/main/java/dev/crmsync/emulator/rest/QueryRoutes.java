package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.Sharing;
import dev.crmsync.emulator.soql.QueryPlan;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /query} and {@code /queryAll} with {@code nextRecordsUrl} paging. Queries run on a worker thread; the
 * locator of a queryAll cursor is under {@code /query/} too, as on Salesforce.
 */
final class QueryRoutes {
  private static final Pattern BATCH_SIZE = Pattern.compile("batchSize\\s*=\\s*(\\d+)");
  private static final Pattern LOCATOR = Pattern.compile("(01g\\w{15})-(\\d+)");

  private final RestContext context;
  private final QueryCursors cursors = new QueryCursors();

  QueryRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.get(RestRoutes.DATA + "/query").handler(ctx -> query(ctx, false));
    router.get(RestRoutes.DATA + "/query/").handler(ctx -> query(ctx, false));
    router.get(RestRoutes.DATA + "/queryAll").handler(ctx -> query(ctx, true));
    router.get(RestRoutes.DATA + "/queryAll/").handler(ctx -> query(ctx, true));
    router.get(RestRoutes.DATA + "/query/:locator").handler(this::more);
    router.get(RestRoutes.DATA + "/queryAll/:locator").handler(this::more);
  }

  private void query(RoutingContext ctx, boolean includeDeleted) {
    String soql = ctx.request().getParam("q");
    Caller caller = ApiGate.caller(ctx);
    int batch = batchSize(ctx);
    ctx.vertx().executeBlocking(() -> {
      QueryPlan plan = QueryPlan.compile(context.org(), soql, QueryPlan.Api.REST);
      List<String[]> rows = plan.run(context.org(), Sharing.of(context.org(), caller), includeDeleted);
      QueryCursors.Cursor cursor = new QueryCursors.Cursor(plan.object(), plan.columns(), rows, caller.userId());
      String cursorId = rows.size() > batch ? cursors.open(cursor) : null;
      return page(ctx, cursor, cursorId, 0, batch);
    }, false).onSuccess(page -> ApiErrors.json(ctx, 200, page)).onFailure(e -> ApiErrors.handle(ctx, e));
  }

  private void more(RoutingContext ctx) {
    Matcher m = LOCATOR.matcher(ctx.pathParam("locator"));
    QueryCursors.Cursor cursor = m.matches() ? cursors.get(m.group(1)).orElse(null) : null;
    if (cursor == null || !cursor.userId().equals(ApiGate.caller(ctx).userId())) {
      ApiErrors.send(ctx, 400, "INVALID_QUERY_LOCATOR", "invalid query locator");
      return;
    }
    int offset = Integer.parseInt(m.group(2));
    int batch = batchSize(ctx);
    ctx.vertx().executeBlocking(() -> page(ctx, cursor, m.group(1), offset, batch), false)
        .onSuccess(page -> ApiErrors.json(ctx, 200, page)).onFailure(e -> ApiErrors.handle(ctx, e));
  }

  private JsonObject page(RoutingContext ctx, QueryCursors.Cursor cursor, String cursorId, int offset, int batch) {
    String base = ApiGate.base(ctx);
    int end = Math.min(cursor.rows().size(), offset + batch);
    JsonArray records = new JsonArray();
    int idColumn = context.org().table(cursor.object()).orElseThrow().schema().column("Id");
    context.org().read(() -> {
      for (String[] row : cursor.rows().subList(Math.min(offset, end), end)) {
        String id = row[idColumn];
        records.add(RecordJson.of(base, cursor.object(), cursor.columns(), row, id));
      }
      return null;
    });
    boolean done = end >= cursor.rows().size();
    JsonObject page = new JsonObject().put("totalSize", cursor.rows().size()).put("done", done);
    if (!done) {
      page.put("nextRecordsUrl", base + "/query/" + cursorId + "-" + end);
    }
    return page.put("records", records);
  }

  /** {@code Sforce-Query-Options: batchSize=N} within 200..2000; the server may send fewer. */
  private int batchSize(RoutingContext ctx) {
    String options = ctx.request().getHeader("Sforce-Query-Options");
    Matcher m = options == null ? null : BATCH_SIZE.matcher(options);
    if (m == null || !m.find()) {
      return context.queryBatchSize();
    }
    int asked = Integer.parseInt(m.group(1));
    return Math.min(context.queryBatchSize(), Math.max(200, Math.min(2000, asked)));
  }
}
