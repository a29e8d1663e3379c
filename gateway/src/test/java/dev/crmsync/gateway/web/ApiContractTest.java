package dev.crmsync.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crmsync.api.ProfileIds;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The router and the document cannot drift apart: each refuses what the other lacks. */
class ApiContractTest {
  private static Vertx vertx;
  private static OpenAPIContract contract;

  @BeforeAll
  static void load() throws Exception {
    vertx = Vertx.vertx();
    contract = ApiContract.loadForRouting(vertx).await(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void refusesToBuildWhileAnOperationHasNoHandler() {
    ApiContract api = ApiContract.builder(vertx, contract, ctx -> ctx.next());
    contract.operations().stream().skip(1)
        .forEach(operation -> api.respond(operation.getOperationId(), ctx -> Future.succeededFuture("x")));
    assertThatThrownBy(api::router).hasMessageContaining(contract.operations().get(0).getOperationId());
  }

  @Test
  void refusesAHandlerForAnOperationTheDocumentLacks() {
    ApiContract api = ApiContract.builder(vertx, contract, ctx -> ctx.next());
    assertThatThrownBy(() -> api.respond("deleteEverything", ctx -> Future.succeededFuture("x")))
        .hasMessageContaining("deleteEverything");
  }

  @Test
  void documentsEveryOperationUnderTheVersionedBase() {
    assertThat(contract.operations()).isNotEmpty().allSatisfy((Operation operation) ->
        assertThat(operation.getAbsoluteOpenAPIPath()).startsWith(ApiContract.BASE_PATH + "/"));
    assertThat(contract.getServers().get(0).getBasePath()).isEqualTo(ApiContract.BASE_PATH);
  }

  /** The one-pass reader of id lists accepts exactly what the document's schema accepts, or leaves it to it. */
  @Nested
  class IdListBodies {
    private static JsonObject schema(String operationId) {
      Operation operation = contract.operations().stream()
          .filter(candidate -> candidate.getOperationId().equals(operationId)).findFirst().orElseThrow();
      return ApiContract.resolvedBodySchema(contract, operation);
    }

    private static String ids(String list, int count) {
      return "\"" + list + "\":[" + IntStream.range(0, count).mapToObj(i -> "\"p-" + i + "\"")
          .collect(Collectors.joining(",")) + "]";
    }

    @Test
    void readsTheIdListsOfBadgesAndInCrm() {
      assertThat(StringListsBody.of(schema("badges"))).isPresent();
      assertThat(StringListsBody.of(schema("inCrm"))).isPresent();
      assertThat(StringListsBody.of(new JsonObject().put("type", "object").put("additionalProperties", false)
          .put("properties", new JsonObject().put("q", new JsonObject().put("type", "string")))))
          .as("any other shape is left to the general validator").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"people\":[]}", "{\"people\":[\"p-1\",\"c:2\"],\"companies\":[\"a_b.c\"]}",
        "{\"companies\":[\"x\"],\"people\":[\"y\"]}", " { \"people\" : [ \"p-1\" ] } "})
    void acceptsValidBodiesAsTheGeneralValidatorReadsThem(String body) throws Exception {
      BodySchema general = new BodySchema(schema("badges"));
      ValidBody.StringLists read = StringListsBody.of(schema("badges")).orElseThrow().read(bytes(body));

      assertThat(read).isNotNull();
      assertThat(read.as(ProfileIds.class))
          .isEqualTo(new ValidBody.Tree(general.validateTree(bytes(body))).as(ProfileIds.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "null", "{\"people\":\"p-1\"}", "{\"people\":[1]}", "{\"people\":[null]}",
        "{\"people\":[\"\"]}", "{\"people\":[\"p 1\"]}", "{\"people\":[\"p-1\"],\"other\":[]}",
        "{\"people\":[[\"p-1\"]]}", "{\"people\":[\"p-1\"]} {}", "{\"people\":[\"p-1\"]", "{\"people\":[\"é\"]}",
        "{\"people\":[\"p-1\"],\"people\":[\"p-2\"]}", "{\"people\":[{}]}"})
    void leavesEveryOtherBodyToTheGeneralValidator(String body) {
      BodySchema general = new BodySchema(schema("badges"));
      ValidBody.StringLists read = StringListsBody.of(schema("badges")).orElseThrow().read(bytes(body));
      Throwable refused = catchThrowable(() -> general.validateTree(bytes(body)));

      assertThat(read).isNull();
      if (!body.contains("\"people\":[\"p-1\"],\"people\"")) {
        assertThat(refused).as("the general validator refuses it too").isInstanceOf(ApiException.class);
      }
    }

    @Test
    void leavesTooLongListsAndIdsToTheGeneralValidator() {
      StringListsBody reader = StringListsBody.of(schema("badges")).orElseThrow();
      String longest = "{\"people\":[\"" + "p".repeat(64) + "\"]}";
      assertThat(reader.read(bytes("{" + ids("people", 100) + "}"))).isNotNull();
      assertThat(reader.read(bytes("{" + ids("people", 101) + "}"))).isNull();
      assertThat(reader.read(bytes(longest))).isNotNull();
      assertThat(reader.read(bytes(longest.replace("pp", "ppp")))).isNull();
      assertThat(List.of(reader.read(bytes("{" + ids("companies", 100) + "," + ids("people", 100) + "}"))))
          .as("each list has its own limit; the total is the handler's to check").doesNotContainNull();
    }

    private static byte[] bytes(String body) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }
}
