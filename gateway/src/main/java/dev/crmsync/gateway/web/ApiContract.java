package dev.crmsync.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonSchema;
import io.vertx.openapi.contract.Operation;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.ValidatedRequest;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document of widget-api, the one source of truth of {@code /api/v1}: requests are validated
 * against it before any handler runs, and the router refuses to build while an operation has no handler or a
 * handler names an operation the document lacks.
 */
public final class ApiContract {
  /** Where the document is on the classpath (widget-api's resources). */
  public static final String DOCUMENT = "openapi.yaml";
  public static final String BASE_PATH = "/api/v1";

  private static final String JSON = "application/json";
  private static final String CONTENT_TYPE = "Content-Type";
  private static final String INLINE_BODY = "crmsync.body";

  private final OpenAPIContract contract;
  private final RouterBuilder builder;

  private ApiContract(OpenAPIContract contract, RouterBuilder builder) {
    this.contract = contract;
    this.builder = builder;
  }

  /** The document as published, for validating answers. */
  public static Future<OpenAPIContract> load(Vertx vertx) {
    return read(vertx).compose(document -> OpenAPIContract.from(vertx, document));
  }

  private static Future<JsonObject> read(Vertx vertx) {
    return vertx.executeBlocking(() -> {
      try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
        if (in == null) {
          throw new IllegalStateException(DOCUMENT + " is not on the classpath");
        }
        Map<String, Object> yaml = new Yaml().load(in);
        return new JsonObject(yaml);
      }
    }, false);
  }

  /**
   * The document for routing. Its security requirements describe what {@code Authenticate} enforces; they are
   * left out here because the router builder would put one handler per scheme in front of each operation, while
   * one root handler resolves every scheme and answers 401 before validation answers 400.
   */
  public static Future<OpenAPIContract> loadForRouting(Vertx vertx) {
    return read(vertx).compose(document -> {
      document.remove("security");
      return OpenAPIContract.from(vertx, document);
    });
  }

  /** A builder whose every route first runs {@code authenticate}. */
  public static ApiContract builder(Vertx vertx, OpenAPIContract contract, Handler<RoutingContext> authenticate) {
    return new ApiContract(contract, RouterBuilder.create(vertx, contract, RequestExtractor.withBodyHandler())
        .rootHandler(authenticate));
  }

  /** Answers the operation with the JSON of what {@code action} yields; failures go to the failure handler. */
  public <T> ApiContract respond(String operationId, Function<RoutingContext, Future<T>> action) {
    return handle(operationId, action, RoutingContext::json);
  }

  /** Answers the operation with the JSON {@code action} has already written; failures go to the failure handler. */
  public ApiContract respondWritten(String operationId, Function<RoutingContext, Future<Buffer>> action) {
    return handle(operationId, action, (ctx, json) -> ctx.response().putHeader(CONTENT_TYPE, JSON).end(json));
  }

  private <T> ApiContract handle(String operationId, Function<RoutingContext, Future<T>> action,
      BiConsumer<RoutingContext, T> answer) {
    OpenAPIRoute route = builder.getRoute(operationId);
    if (route == null) {
      throw new IllegalStateException("operation " + operationId + " is not in " + DOCUMENT);
    }
    if (bodyOnly(route.getOperation())) {
      route.setDoValidation(false);
      BodySchema schema = bodySchema(route.getOperation());
      route.addHandler(ctx -> validateBody(ctx, schema));
    }
    route.addHandler(ctx -> {
      Future<T> result;
      try {
        result = action.apply(ctx);
      } catch (RuntimeException e) {
        ctx.fail(e);
        return;
      }
      result.onSuccess(value -> answer.accept(ctx, value)).onFailure(ctx::fail);
    });
    return this;
  }

  /**
   * vertx-openapi validates each request in an ordered executeBlocking, which runs the validations of an event
   * loop one at a time on the worker pool; on the hot service paths (badges, in-CRM) that is the bottleneck. An
   * operation whose only input is a JSON body is validated here instead, on the event loop, against the same
   * schema of the document ({@link BodySchema}).
   */
  private static boolean bodyOnly(Operation operation) {
    return operation.getParameters().isEmpty() && operation.getRequestBody() != null
        && operation.getRequestBody().getContent().containsKey(JSON);
  }

  /** The schema with its references resolved, compiled once. */
  private BodySchema bodySchema(Operation operation) {
    return new BodySchema(resolvedBodySchema(contract, operation));
  }

  /** The JSON body schema of an operation, with its references resolved. */
  static JsonObject resolvedBodySchema(OpenAPIContract contract, Operation operation) {
    JsonSchema schema = operation.getRequestBody().getContent().get(JSON).getSchema();
    JsonObject json = new JsonObject();
    schema.fieldNames().forEach(name -> json.put(name, schema.<Object>get(name)));
    return contract.getSchemaRepository().resolve(json);
  }

  private static void validateBody(RoutingContext ctx, BodySchema schema) {
    String type = ctx.request().getHeader(CONTENT_TYPE);
    if (type == null || !type.startsWith(JSON)) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "the request body must be " + JSON);
    }
    ctx.put(INLINE_BODY, schema.validate(ctx.body().buffer()));
    ctx.next();
  }

  /** The router, once every operation of the document has a handler. */
  public Router router() {
    List<String> unhandled = builder.getRoutes().stream()
        .filter(route -> route.getHandlers().isEmpty())
        .map(route -> route.getOperation().getOperationId())
        .toList();
    if (!unhandled.isEmpty()) {
      throw new IllegalStateException("operations of " + DOCUMENT + " without a handler: " + unhandled);
    }
    return builder.createRouter();
  }

  /** A query parameter the contract validated, if given. */
  public static Optional<RequestParameter> query(RoutingContext ctx, String name) {
    return Optional.ofNullable(validated(ctx).getQuery().get(name)).filter(p -> !p.isNull());
  }

  public static String path(RoutingContext ctx, String name) {
    return validated(ctx).getPathParameters().get(name).getString();
  }

  /** The validated body as a record. */
  public static <T> T body(RoutingContext ctx, Class<T> type) {
    try {
      ValidBody inline = ctx.get(INLINE_BODY);
      return inline != null ? inline.as(type) : validated(ctx).getBody().getJsonObject().mapTo(type);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      throw new ApiException(400, "INVALID_REQUEST", "the request body does not fit " + type.getSimpleName());
    }
  }

  private static ValidatedRequest validated(RoutingContext ctx) {
    return ctx.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
  }
}
