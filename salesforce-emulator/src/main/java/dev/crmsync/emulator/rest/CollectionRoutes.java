package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.Records;
import dev.crmsync.emulator.org.SaveError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * sObject Collections: {@code POST} (create), {@code PATCH} (update) and {@code DELETE} on
 * {@code /composite/sobjects}, up to 200 records, answered 200 with one result per record in request order
 * (errors carry {@code statusCode}), {@code allOrNone} rolling all back; and retrieve by ids
 * ({@code GET} or {@code POST /composite/sobjects/{Object}}).
 */
final class CollectionRoutes {
  private static final int MAX_RECORDS = 200;

  private final RestContext context;

  CollectionRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    String path = RestRoutes.DATA + "/composite/sobjects";
    router.post(path).handler(ctx -> save(ctx, true));
    router.patch(path).handler(ctx -> save(ctx, false));
    router.delete(path).handler(this::delete);
    router.get(path + "/:object").handler(ctx -> retrieve(ctx, split(ctx.request().getParam("ids")),
        split(ctx.request().getParam("fields"))));
    router.post(path + "/:object").handler(ctx -> {
      JsonObject body = ctx.body().asJsonObject();
      if (body == null) {
        throw new RecordException(400, SaveError.of("JSON_PARSER_ERROR", "The request needs ids and fields"));
      }
      retrieve(ctx, strings(body.getJsonArray("ids")), strings(body.getJsonArray("fields")));
    });
  }

  /** Records by id, in request order; ids the user cannot see (or that do not exist) come back as null. */
  private void retrieve(RoutingContext ctx, List<String> ids, List<String> fields) {
    if (ids.size() > 2000 || fields.isEmpty()) {
      throw new RecordException(400, SaveError.of("INVALID_FIELD", "give 1 to 2000 ids and at least one field"));
    }
    String object = context.org().table(ctx.pathParam("object")).map(t -> t.schema().name())
        .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist")));
    var schema = context.org().table(object).orElseThrow().schema();
    var columns = dev.crmsync.emulator.soql.QueryPlan.bind(context.org(), schema, fields);
    Caller caller = ApiGate.caller(ctx);
    JsonArray answer = new JsonArray();
    for (String id : ids) {
      try {
        String[] row = context.records().retrieve(caller, object, id);
        answer.add(context.org().read(() -> RecordJson.of(ApiGate.base(ctx), object, columns, row,
            row[schema.column("Id")])));
      } catch (RecordException e) {
        answer.addNull();
      }
    }
    ApiErrors.json(ctx, 200, answer);
  }

  private static List<String> split(String list) {
    return list == null ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .toList();
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }

  private void save(RoutingContext ctx, boolean create) {
    JsonObject body = ctx.body().asJsonObject();
    if (body == null || body.getJsonArray("records") == null) {
      throw new RecordException(400, SaveError.of("JSON_PARSER_ERROR", "The request needs a records array"));
    }
    JsonArray records = body.getJsonArray("records");
    checkSize(records.size());
    Caller caller = ApiGate.caller(ctx);
    List<Supplier<String>> writes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      JsonObject record = records.getJsonObject(i);
      String type = record.getJsonObject("attributes", new JsonObject()).getString("type");
      if (type == null) {
        throw new RecordException(400, SaveError.of("INVALID_TYPE", "Must send a concrete entity type."));
      }
      Map<String, Object> values = new HashMap<>(record.getMap());
      String id = create ? null : idOf(values);
      ids.add(id);
      writes.add(create ? () -> context.records().create(caller, type, values) : () -> {
        if (id == null) {
          throw new RecordException(400, SaveError.of("MISSING_ARGUMENT", "Id not specified in an update call",
              "Id"));
        }
        context.records().update(caller, type, id, values, java.util.Optional.empty());
        return id;
      });
    }
    respond(ctx, context.records().batch(writes, ids, body.getBoolean("allOrNone", false)));
  }

  private void delete(RoutingContext ctx) {
    List<String> ids = split(ctx.request().getParam("ids"));
    checkSize(ids.size());
    Caller caller = ApiGate.caller(ctx);
    List<Supplier<String>> writes = new ArrayList<>();
    for (String id : ids) {
      writes.add(() -> {
        String object = context.org().tableOf(dev.crmsync.emulator.org.SalesforceIds.canonical(id).orElse(""))
            .map(t -> t.schema().name())
            .orElseThrow(() -> new RecordException(400, SaveError.of("MALFORMED_ID", "malformed id " + id)));
        context.records().delete(caller, object, id);
        return id;
      });
    }
    respond(ctx, context.records().batch(writes, ids, "true".equals(ctx.request().getParam("allOrNone"))));
  }

  private static String idOf(Map<String, Object> values) {
    Object id = values.remove("id");
    Object upper = values.remove("Id");
    Object found = id != null ? id : upper;
    return found == null ? null : found.toString();
  }

  private static void checkSize(int size) {
    if (size > MAX_RECORDS) {
      throw new RecordException(400, SaveError.of("EXCEEDED_ID_LIMIT",
          "Record limit exceeded. You can send at most " + MAX_RECORDS + " records, sent " + size));
    }
  }

  private static void respond(RoutingContext ctx, List<Records.SaveResult> results) {
    JsonArray answer = new JsonArray();
    for (Records.SaveResult result : results) {
      JsonObject item = new JsonObject();
      if (result.id() != null) {
        item.put("id", result.id());
      }
      JsonArray errors = new JsonArray();
      result.errors().forEach(error -> errors.add(new JsonObject().put("statusCode", error.code())
          .put("message", error.message()).put("fields", new JsonArray(error.fields()))));
      answer.add(item.put("success", result.success()).put("errors", errors));
    }
    ApiErrors.json(ctx, 200, answer);
  }
}
