package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.Field;
import dev.crmsync.emulator.org.ObjectSchema;
import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.SaveError;
import dev.crmsync.emulator.org.Table;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The version's resource list, describe global, object info, describe, and {@code /limits}. */
final class DescribeRoutes {
  private final RestContext context;

  DescribeRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.get(RestRoutes.DATA).handler(this::resources);
    router.get(RestRoutes.DATA + "/").handler(this::resources);
    router.get(RestRoutes.DATA + "/limits").handler(this::limits);
    router.get(RestRoutes.DATA + "/limits/").handler(this::limits);
    router.get(RestRoutes.DATA + "/sobjects").handler(this::global);
    router.get(RestRoutes.DATA + "/sobjects/").handler(this::global);
    router.get(RestRoutes.DATA + "/sobjects/:object/describe").handler(this::describe);
    router.get(RestRoutes.DATA + "/sobjects/:object/describe/").handler(this::describe);
    router.get(RestRoutes.DATA + "/sobjects/:object").handler(this::info);
  }

  private void resources(RoutingContext ctx) {
    String base = ApiGate.base(ctx);
    JsonObject resources = new JsonObject();
    for (String name : new String[] {"sobjects", "query", "queryAll", "limits", "composite"}) {
      resources.put(name, base + "/" + name);
    }
    ApiErrors.json(ctx, 200, resources.put("jobs", base + "/jobs"));
  }

  private void limits(RoutingContext ctx) {
    long max = context.faults().current().dailyApiLimit();
    long remaining = Math.max(0, max - context.faults().apiCalls());
    ApiErrors.json(ctx, 200, new JsonObject()
        .put("DailyApiRequests", limit(max, remaining))
        .put("DailyBulkApiBatches", limit(15000, 15000))
        .put("DailyBulkV2QueryJobs", limit(10000, 10000))
        .put("DailyBulkV2QueryFileStorageMB", limit(976562, 976562))
        .put("DataStorageMB", limit(1024, 1024))
        .put("FileStorageMB", limit(1024, 1024)));
  }

  private static JsonObject limit(long max, long remaining) {
    return new JsonObject().put("Max", max).put("Remaining", remaining);
  }

  private void global(RoutingContext ctx) {
    JsonArray objects = new JsonArray();
    context.org().tables().forEach(table -> objects.add(summary(ctx, table.schema())));
    ApiErrors.json(ctx, 200, new JsonObject().put("encoding", "UTF-8").put("maxBatchSize", 200)
        .put("sobjects", objects));
  }

  private void info(RoutingContext ctx) {
    ApiErrors.json(ctx, 200, new JsonObject().put("objectDescribe", summary(ctx, schema(ctx)))
        .put("recentItems", new JsonArray()));
  }

  private void describe(RoutingContext ctx) {
    ObjectSchema schema = schema(ctx);
    JsonArray fields = new JsonArray();
    for (Field field : schema.fields()) {
      fields.add(field(schema, field));
    }
    ApiErrors.json(ctx, 200, summary(ctx, schema).put("fields", fields).put("childRelationships", new JsonArray())
        .put("recordTypeInfos", new JsonArray()));
  }

  private ObjectSchema schema(RoutingContext ctx) {
    return context.org().table(ctx.pathParam("object")).map(Table::schema)
        .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist")));
  }

  private static JsonObject summary(RoutingContext ctx, ObjectSchema schema) {
    String url = ApiGate.base(ctx) + "/sobjects/" + schema.name();
    boolean system = schema.name().equals("User") || schema.name().equals("UserRole")
        || schema.name().equals("RecordType");
    return new JsonObject()
        .put("name", schema.name())
        .put("label", schema.name())
        .put("keyPrefix", schema.keyPrefix())
        .put("custom", false)
        .put("createable", true)
        .put("updateable", true)
        .put("deletable", !system)
        .put("queryable", true)
        .put("retrieveable", true)
        .put("searchable", true)
        .put("urls", new JsonObject().put("sobject", url).put("describe", url + "/describe")
            .put("rowTemplate", url + "/{ID}"));
  }

  private static JsonObject field(ObjectSchema schema, Field field) {
    boolean compound = schema.compound(field.name()).isPresent();
    return new JsonObject()
        .put("name", field.name())
        .put("label", field.name())
        .put("type", field.type().describeName())
        .put("soapType", field.type().soapType())
        .put("length", field.type().isText() ? (field.type() == dev.crmsync.emulator.org.FieldType.TEXTAREA ? 32000 : 255) : 0)
        .put("custom", field.isCustom())
        .put("nillable", !field.required() && !field.name().equals("Id"))
        .put("createable", field.createable())
        .put("updateable", field.updateable())
        .put("defaultedOnCreate", field.defaultValue() != null || field.access() == Field.Access.READ_ONLY)
        .put("defaultValue", field.defaultValue())
        .put("referenceTo", new JsonArray(field.referenceTo()))
        .put("relationshipName", field.relationshipName())
        .put("compoundFieldName", compoundOf(schema, field))
        .put("filterable", !compound)
        .put("sortable", !compound)
        .put("picklistValues", new JsonArray());
  }

  private static String compoundOf(ObjectSchema schema, Field field) {
    return schema.compoundFields().entrySet().stream()
        .filter(e -> e.getValue().contains(field.name()))
        .map(java.util.Map.Entry::getKey)
        .findFirst().orElse(null);
  }
}
