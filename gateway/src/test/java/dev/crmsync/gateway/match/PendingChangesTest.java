package dev.crmsync.gateway.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PendingChangesTest {
  private final PendingChanges pending = new PendingChanges();

  @Test
  void onlyOneRematchIsScheduledAtATime() {
    assertThat(pending.claimTimer()).isTrue();
    assertThat(pending.claimTimer()).isFalse();
  }

  @Test
  void drainingTakesWhatWasGatheredAndLeavesNothing() {
    pending.addRecords(List.of("a", "b"));
    pending.addProfiles(List.of("p"));

    PendingChanges.Drained drained = pending.drain();

    assertThat(drained.records()).containsExactlyInAnyOrder("a", "b");
    assertThat(drained.profiles()).containsExactly("p");
    assertThat(pending.drain().records()).isEmpty();
  }

  @Test
  void changesArrivingDuringARematchCallForAnother() {
    pending.claimTimer();
    pending.addRecords(List.of("a"));
    pending.drain();
    pending.addRecords(List.of("late"));

    assertThat(pending.releaseTimer()).isTrue();
    assertThat(pending.claimTimer()).isTrue();
  }

  @Test
  void aRematchWithNothingLeftOverEndsQuietly() {
    pending.claimTimer();
    pending.addRecords(List.of("a"));
    pending.drain();

    assertThat(pending.releaseTimer()).isFalse();
  }
}
