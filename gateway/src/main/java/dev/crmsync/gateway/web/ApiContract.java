package dev.crmsync.gateway.web;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
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
import java.util.function.Function;
import java.util.stream.Collectors;
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
  private static final String INLINE_BODY = "crmsync.body";
  /** As vertx-openapi validates requests: OpenAPI 3.1 schemas are JSON Schema 2020-12. */
  private static final JsonSchemaOptions SCHEMA_OPTIONS = new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
      .setBaseUri("app://").setOutputFormat(OutputFormat.Basic);

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
    OpenAPIRoute route = builder.getRoute(operationId);
    if (route == null) {
      throw new IllegalStateException("operation " + operationId + " is not in " + DOCUMENT);
    }
    if (bodyOnly(route.getOperation())) {
      route.setDoValidation(false);
      Validator validator = inlinedValidator(route.getOperation().getRequestBody().getContent().get(JSON).getSchema());
      route.addHandler(ctx -> validateBody(ctx, validator));
    }
    route.addHandler(ctx -> {
      Future<T> result;
      try {
        result = action.apply(ctx);
      } catch (RuntimeException e) {
        ctx.fail(e);
        return;
      }
      result.onSuccess(ctx::json).onFailure(ctx::fail);
    });
    return this;
  }

  /**
   * vertx-openapi validates each request in an ordered executeBlocking, which runs the validations of an event
   * loop one at a time on the worker pool; on the hot service paths (badges, in-CRM) that is the bottleneck. An
   * operation whose only input is a JSON body is validated here instead, on the event loop, against the same
   * schema of the document.
   */
  private static boolean bodyOnly(Operation operation) {
    return operation.getParameters().isEmpty() && operation.getRequestBody() != null
        && operation.getRequestBody().getContent().containsKey(JSON);
  }

  /**
   * A validator of the schema with its references resolved once here (the validator would otherwise look each
   * {@code $ref} up again for every array item of every request) and its patterns compiled once: vertx-json-schema
   * compiles a {@code pattern} on every check, which was most of the cost of validating a badge call's ids. Each
   * pattern becomes a format only {@link CompiledPatterns} knows, checked with the same regular expression.
   */
  private Validator inlinedValidator(JsonSchema schema) {
    JsonObject json = new JsonObject();
    schema.fieldNames().forEach(name -> json.put(name, schema.<Object>get(name)));
    SchemaRepository repository = contract.getSchemaRepository();
    CompiledPatterns patterns = new CompiledPatterns();
    JsonObject resolved = patterns.replacePatterns(repository.resolve(json));
    return Validator.create(JsonSchema.of(resolved), SCHEMA_OPTIONS, patterns);
  }

  private static void validateBody(RoutingContext ctx, Validator validator) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.startsWith(JSON)) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "the request body must be " + JSON);
    }
    Object body;
    try {
      body = ctx.body().length() == 0 ? null : Json.decodeValue(ctx.body().buffer());
    } catch (DecodeException e) {
      throw new ApiException(400, "MALFORMED_JSON", "the request body is not valid JSON");
    }
    if (body == null) {
      throw new ApiException(400, "INVALID_REQUEST", "the request needs a JSON body");
    }
    OutputUnit result = validator.validate(body);
    if (!Boolean.TRUE.equals(result.getValid())) {
      throw new ApiException(400, "INVALID_REQUEST", "the request body is invalid: " + reason(result));
    }
    ctx.put(INLINE_BODY, body);
    ctx.next();
  }

  private static String reason(OutputUnit result) {
    return result.getErrors() == null || result.getErrors().isEmpty() ? result.getError()
        : result.getErrors().stream().map(error -> error.getInstanceLocation() + ": " + error.getError())
            .distinct().limit(3).collect(Collectors.joining("; "));
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

  /**
   * The validated body as a record. A body validated here is read again from its bytes, which costs less than
   * converting the tree the validator saw.
   */
  public static <T> T body(RoutingContext ctx, Class<T> type) {
    try {
      return ctx.get(INLINE_BODY) != null ? Json.decodeValue(ctx.body().buffer(), type)
          : validated(ctx).getBody().getJsonObject().mapTo(type);
    } catch (IllegalArgumentException | DecodeException e) {
      throw new ApiException(400, "INVALID_REQUEST", "the request body does not fit " + type.getSimpleName());
    }
  }

  private static ValidatedRequest validated(RoutingContext ctx) {
    return ctx.get(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST);
  }
}
