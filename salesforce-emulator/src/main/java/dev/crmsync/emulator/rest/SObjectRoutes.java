package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.Field;
import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.Records;
import dev.crmsync.emulator.org.SaveError;
import dev.crmsync.emulator.org.Values;
import dev.crmsync.emulator.soql.QueryPlan;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /sobjects/{Object}} create, {@code /sobjects/{Object}/{id}} get, update (204) and delete (204), and upsert
 * {@code PATCH /sobjects/{Object}/{Field}/{value}}.
 */
final class SObjectRoutes {
  /** RFC 1123 without the weekday, which clients (and the reference's own example) get wrong. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z", java.util.Locale.ROOT);
  private final RestContext context;

  SObjectRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    String path = RestRoutes.DATA + "/sobjects/:object";
    router.post(path).handler(this::create);
    router.post(path + "/").handler(this::create);
    router.get(path + "/:id").handler(this::retrieve);
    router.patch(path + "/:id").handler(this::update);
    router.post(path + "/:id").handler(ctx -> {
      if ("PATCH".equalsIgnoreCase(ctx.request().getParam("_HttpMethod"))) {
        update(ctx);
      } else {
        ApiErrors.send(ctx, 405, "METHOD_NOT_ALLOWED", "HTTP Method 'POST' not allowed. Allowed are GET,PATCH,DELETE");
      }
    });
    router.delete(path + "/:id").handler(this::delete);
    router.patch(path + "/:field/:value").handler(this::upsert);
  }

  /** Upsert by Id or a custom field: 201 created, 200 updated, 300 with the matches when several match. */
  private void upsert(RoutingContext ctx) {
    String object = canonicalName(ctx.pathParam("object"));
    Records.Upsert result = context.records().upsert(ApiGate.caller(ctx), object, ctx.pathParam("field"),
        ctx.pathParam("value"), body(ctx));
    if (result.ids().size() > 1) {
      JsonArray urls = new JsonArray();
      result.ids().forEach(id -> urls.add(ApiGate.base(ctx) + "/sobjects/" + object + "/" + id));
      ApiErrors.json(ctx, 300, urls);
      return;
    }
    String id = result.ids().getFirst();
    if (result.created()) {
      ctx.response().putHeader("Location", ApiGate.base(ctx) + "/sobjects/" + object + "/" + id);
    }
    ApiErrors.json(ctx, result.created() ? 201 : 200, new JsonObject().put("id", id).put("success", true)
        .put("errors", new JsonArray()).put("created", result.created()));
  }

  private void create(RoutingContext ctx) {
    String object = canonicalName(ctx.pathParam("object"));
    String id = context.records().create(ApiGate.caller(ctx), object, body(ctx));
    String location = ApiGate.base(ctx) + "/sobjects/" + object + "/" + id;
    ctx.response().putHeader("Location", location);
    ApiErrors.json(ctx, 201, new JsonObject().put("id", id).put("success", true).put("errors", new JsonArray()));
  }

  private void retrieve(RoutingContext ctx) {
    String object = canonicalName(ctx.pathParam("object"));
    String[] row = context.records().retrieve(ApiGate.caller(ctx), object, ctx.pathParam("id"));
    ObjectSchema schema = context.org().table(object).orElseThrow().schema();
    List<String> fields = Optional.ofNullable(ctx.request().getParam("fields"))
        .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList())
        .orElseGet(() -> schema.fields().stream().map(Field::name).toList());
    var columns = QueryPlan.bind(context.org(), schema, fields);
    String id = row[schema.column("Id")];
    ApiErrors.json(ctx, 200, context.org().read(() -> RecordJson.of(ApiGate.base(ctx), object, columns, row, id)));
  }

  private void update(RoutingContext ctx) {
    String object = canonicalName(ctx.pathParam("object"));
    context.records().update(ApiGate.caller(ctx), object, ctx.pathParam("id"), body(ctx), ifUnmodifiedSince(ctx));
    ctx.response().setStatusCode(204).end();
  }

  private void delete(RoutingContext ctx) {
    context.records().delete(ApiGate.caller(ctx), canonicalName(ctx.pathParam("object")), ctx.pathParam("id"));
    ctx.response().setStatusCode(204).end();
  }

  /** The object's API name in its canonical case; unknown objects are 404 NOT_FOUND. */
  private String canonicalName(String object) {
    return context.org().table(object)
        .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist")))
        .schema().name();
  }

  private static Map<String, Object> body(RoutingContext ctx) {
    JsonObject json = ctx.body().asJsonObject();
    if (json == null) {
      throw new RecordException(400, SaveError.of("JSON_PARSER_ERROR", "The request body is empty"));
    }
    return json.getMap();
  }

  private static Optional<Instant> ifUnmodifiedSince(RoutingContext ctx) {
    String header = ctx.request().getHeader("If-Unmodified-Since");
    if (header == null) {
      return Optional.empty();
    }
    try {
      String withoutWeekday = header.replaceFirst("^[A-Za-z]{3},\\s*", "");
      return Optional.of(ZonedDateTime.parse(withoutWeekday, HTTP_DATE).toInstant());
    } catch (DateTimeParseException e) {
      return Values.parseDateTime(header).map(Optional::of).orElseThrow(() -> new RecordException(400,
          SaveError.of("INVALID_HEADER_TYPE", "If-Unmodified-Since is not a valid date: " + header)));
    }
  }
}
