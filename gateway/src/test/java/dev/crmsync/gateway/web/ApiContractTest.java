package dev.crmsync.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
