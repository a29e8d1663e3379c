package dev.crmsync.emulator.rest;

import dev.crmsync.emulator.org.Caller;
import dev.crmsync.emulator.org.RecordException;
import dev.crmsync.emulator.org.SaveError;
import dev.crmsync.emulator.org.Sharing;
import dev.crmsync.emulator.soql.QueryPlan;
import dev.crmsync.emulator.soql.SoqlException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /composite}: up to 25 subrequests (sObject create, get, update, delete and query) run in order in
 * one transaction, each able to use an earlier answer through {@code @{referenceId.path}}; with
 * {@code allOrNone} one failure rolls all back and the others report {@code PROCESSING_HALTED}.
 */
final class CompositeRoutes {
  private static final int MAX_SUBREQUESTS = 25;
  private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)\\.([^}]+)}");
  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9_]+");
  private static final Pattern SOBJECT = Pattern.compile("/services/data/v\\d+\\.0/sobjects/(\\w+)(?:/(\\w+))?/?(\\?.*)?");
  private static final Pattern QUERY = Pattern.compile("/services/data/v\\d+\\.0/query/?\\?q=(.*)");

  private final RestContext context;

  CompositeRoutes(RestContext context) {
    this.context = context;
  }

  void mount(Router router) {
    router.post(RestRoutes.DATA + "/composite").handler(this::composite);
  }

  /** One subrequest's answer. */
  private record Answer(int status, Object body, Map<String, String> headers) {
    JsonObject toJson(String referenceId) {
      return new JsonObject().put("body", body).put("httpHeaders", new JsonObject(new HashMap<>(headers)))
          .put("httpStatusCode", status).put("referenceId", referenceId);
    }

    boolean failed() {
      return status >= 400;
    }
  }

  private void composite(RoutingContext ctx) {
    JsonObject request = ctx.body().asJsonObject();
    JsonArray subrequests = request == null ? null : request.getJsonArray("compositeRequest");
    if (subrequests == null || subrequests.isEmpty() || subrequests.size() > MAX_SUBREQUESTS) {
      throw new RecordException(400, SaveError.of("INVALID_BATCH_REQUEST",
          "compositeRequest needs 1 to " + MAX_SUBREQUESTS + " subrequests"));
    }
    for (Object sub : subrequests) {
      String referenceId = ((JsonObject) sub).getString("referenceId", "");
      if (!REFERENCE_ID.matcher(referenceId).matches()) {
        throw new RecordException(400, SaveError.of("JSON_PARSER_ERROR",
            "referenceId may contain only letters, digits and _: " + referenceId));
      }
    }
    boolean allOrNone = request.getBoolean("allOrNone", false);
    Caller caller = ApiGate.caller(ctx);
    String base = ApiGate.base(ctx);
    ctx.vertx().executeBlocking(() -> run(subrequests, allOrNone, caller, base), false)
        .onSuccess(answers -> ApiErrors.json(ctx, 200, new JsonObject().put("compositeResponse", answers)))
        .onFailure(e -> ApiErrors.handle(ctx, e));
  }

  private JsonArray run(JsonArray subrequests, boolean allOrNone, Caller caller, String base) {
    Map<String, Answer> byReference = new HashMap<>();
    List<Answer> answers = new ArrayList<>();
    boolean kept = context.org().atomically(() -> {
      boolean halted = false;
      for (Object item : subrequests) {
        JsonObject sub = (JsonObject) item;
        Answer answer = halted ? halted() : execute(sub, byReference, caller, base);
        answers.add(answer);
        byReference.put(sub.getString("referenceId"), answer);
        halted |= allOrNone && answer.failed();
      }
      return !halted;
    }, keep -> keep);
    JsonArray result = new JsonArray();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      boolean rolledBack = !kept && !answer.failed();
      result.add((rolledBack ? halted() : answer).toJson(subrequests.getJsonObject(i).getString("referenceId")));
    }
    return result;
  }

  private Answer execute(JsonObject sub, Map<String, Answer> earlier, Caller caller, String base) {
    try {
      String url = resolve(sub.getString("url", ""), earlier);
      Object body = sub.getValue("body");
      if (body instanceof JsonObject json) {
        body = new JsonObject(resolve(json.encode(), earlier));
      }
      return dispatch(sub.getString("method", "GET").toUpperCase(java.util.Locale.ROOT), url, (JsonObject) body,
          caller, base);
    } catch (RecordException e) {
      return error(e.status(), e.errors());
    } catch (SoqlException e) {
      return error(400, List.of(SaveError.of(e.code(), e.getMessage())));
    } catch (Unresolved e) {
      return error(400, List.of(SaveError.of("PROCESSING_HALTED", e.getMessage())));
    }
  }

  private Answer dispatch(String method, String url, JsonObject body, Caller caller, String base) {
    Matcher query = QUERY.matcher(url);
    if (method.equals("GET") && query.matches()) {
      QueryPlan plan = QueryPlan.compile(context.org(), URLDecoder.decode(query.group(1), StandardCharsets.UTF_8),
          QueryPlan.Api.REST);
      JsonArray records = new JsonArray();
      int idColumn = context.org().table(plan.object()).orElseThrow().schema().column("Id");
      plan.run(context.org(), Sharing.of(context.org(), caller), false).stream().limit(context.queryBatchSize())
          .forEach(row -> records.add(RecordJson.of(base, plan.object(), plan.columns(), row, row[idColumn])));
      return new Answer(200, new JsonObject().put("totalSize", records.size()).put("done", true)
          .put("records", records), Map.of());
    }
    Matcher sobject = SOBJECT.matcher(url);
    if (!sobject.matches()) {
      return error(404, List.of(SaveError.of("NOT_FOUND", "The requested resource does not exist: " + url)));
    }
    String object = context.org().table(sobject.group(1)).map(t -> t.schema().name())
        .orElseThrow(() -> new RecordException(404, SaveError.of("NOT_FOUND", "The requested resource does not exist")));
    String id = sobject.group(2);
    Map<String, Object> values = body == null ? Map.of() : body.getMap();
    switch (method) {
      case "POST" -> {
        String created = context.records().create(caller, object, values);
        return new Answer(201, new JsonObject().put("id", created).put("success", true).put("errors", new JsonArray()),
            Map.of("Location", base + "/sobjects/" + object + "/" + created));
      }
      case "PATCH" -> {
        context.records().update(caller, object, id, values, Optional.empty());
        return new Answer(204, null, Map.of());
      }
      case "DELETE" -> {
        context.records().delete(caller, object, id);
        return new Answer(204, null, Map.of());
      }
      default -> {
        String[] row = context.records().retrieve(caller, object, id);
        var schema = context.org().table(object).orElseThrow().schema();
        var columns = QueryPlan.bind(context.org(), schema, schema.fields().stream().map(f -> f.name()).toList());
        return new Answer(200, RecordJson.of(base, object, columns, row, row[schema.column("Id")]), Map.of());
      }
    }
  }

  /** Replaces {@code @{ref.path}} with values of earlier answers; a failed or unknown reference halts. */
  private static String resolve(String text, Map<String, Answer> earlier) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Answer answer = earlier.get(m.group(1));
      if (answer == null || answer.failed()) {
        throw new Unresolved("Invalid reference specified. No value for " + m.group(1) + "." + m.group(2)
            + " found in " + m.group(1) + ". Provided referenceId ('" + m.group(1)
            + "') must be of a successful earlier subrequest");
      }
      Object value = answer.body();
      for (String step : m.group(2).split("\\.")) {
        value = step(value, step);
      }
      if (value == null) {
        throw new Unresolved("Invalid reference specified. No value for " + m.group(2) + " in " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Object step(Object value, String step) {
    Matcher indexed = Pattern.compile("(\\w+)\\[(\\d+)]").matcher(step);
    if (indexed.matches() && value instanceof JsonObject json && json.getValue(indexed.group(1)) instanceof JsonArray a
        && Integer.parseInt(indexed.group(2)) < a.size()) {
      return a.getValue(Integer.parseInt(indexed.group(2)));
    }
    return value instanceof JsonObject json ? json.getValue(step) : null;
  }

  private static Answer halted() {
    return error(400, List.of(SaveError.of("PROCESSING_HALTED",
        "The transaction was rolled back since another operation in the same transaction failed.")));
  }

  private static Answer error(int status, List<SaveError> errors) {
    JsonArray body = new JsonArray();
    errors.forEach(e -> body.add(new JsonObject().put("errorCode", e.code()).put("message", e.message())));
    return new Answer(status, body, Map.of());
  }

  /** A reference to a subrequest that failed or does not exist. */
  private static final class Unresolved extends RuntimeException {
    Unresolved(String message) {
      super(message);
    }
  }
}
