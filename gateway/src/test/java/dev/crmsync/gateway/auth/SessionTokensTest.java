package dev.crmsync.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.api.Caller;
import dev.crmsync.api.Via;
import dev.crmsync.gateway.testing.Poll;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionTokensTest {
  private final Vertx vertx = Vertx.vertx();
  private final SessionTokens tokens = new SessionTokens(vertx, "a-secret-of-the-test-that-is-long-enough");
  private final Caller caller = new Caller(UUID.randomUUID(), "Acme", "jane@acme.test", Via.SESSION);

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void aTokenTakenOnceIsStillRefusedOnceItExpires() throws Exception {
    String token = tokens.issue(caller, 1);
    assertThat(settle(tokens.caller(token))).contains(caller);
    assertThat(settle(tokens.caller(token))).as("taken again from the cache").contains(caller);

    Poll.until(Duration.ofSeconds(10), "the token expires", () -> Optional.of(settle(tokens.caller(token)))
        .filter(Optional::isEmpty));
  }

  @Test
  void aForgedTokenIsRefusedEvenNextToAValidOne() throws Exception {
    String token = tokens.issue(caller, 60);
    settle(tokens.caller(token));

    assertThat(settle(tokens.caller(token.substring(0, token.length() - 2) + "xx"))).isEmpty();
  }

  private static Optional<Caller> settle(Future<Caller> caller) throws Exception {
    return Optional.ofNullable(caller.transform(result -> Future.succeededFuture(result.result()))
        .await(10, TimeUnit.SECONDS));
  }
}
