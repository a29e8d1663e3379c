package dev.crmsync.salesforce.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 4);

  @Test
  void delaysDoubleWithinHalfAndAllOfTheirCeilingUpToTheMax() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      assertThat(backoff.delay(0, random).toMillis()).isBetween(50L, 100L);
      assertThat(backoff.delay(2, random).toMillis()).isBetween(200L, 400L);
      assertThat(backoff.delay(40, random).toMillis()).isBetween(1000L, 2000L);
    }
  }

  @Test
  void attemptsCountTheFirstTry() {
    assertThat(backoff.allowsRetry(0)).isTrue();
    assertThat(backoff.allowsRetry(2)).isTrue();
    assertThat(backoff.allowsRetry(3)).isFalse();
  }
}
