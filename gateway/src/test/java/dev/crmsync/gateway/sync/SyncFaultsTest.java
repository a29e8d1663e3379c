package dev.crmsync.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmsync.emulator.faults.FaultSettings;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Syncs survive what Salesforce does to integrations: expiring tokens, 5xx bursts, broken pages, limits. */
class SyncFaultsTest {
  private SyncFixture fixture;

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void anAccessTokenExpiringInTheMiddleOfABulkJobIsRenewed() throws Exception {
    fixture = SyncFixture.start(30);
    AtomicBoolean expired = new AtomicBoolean();
    Checkpoints expireMidway = new Checkpoints() {
      @Override
      public void rowRead(String sobject, long rows) {
        if (sobject.equals("Contact") && rows == 50 && expired.compareAndSet(false, true)) {
          fixture.emulator.sessions().expireAll();
        }
      }
    };

    String tokenBefore = fixture.storedAccessToken();
    RunResult result = fixture.syncRun(expireMidway).run(fixture.tenantId, false);

    assertThat(expired).isTrue();
    assertThat(fixture.storedAccessToken()).isNotEqualTo(tokenBefore);
    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
  }

  @Test
  void burstsOfServerErrorsAndBrokenPagesAreRetried() throws Exception {
    fixture = SyncFixture.start(30);
    fixture.faults(new FaultSettings(0, 0.2, 1_000_000, 3, false));

    RunResult result = fixture.sync();

    assertThat(result.status()).isEqualTo("SUCCEEDED");
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
    assertThat(fixture.emulator.faults().current().truncatedPages()).isZero();
  }

  @Test
  void theRunStopsAtItsShareOfTheDailyLimitAndTheNextOneFinishes() throws Exception {
    fixture = SyncFixture.start(30, Map.of("sync.budget.share", "0.5"));
    fixture.faults(new FaultSettings(0, 0, 60, 0, false));

    RunResult stopped = fixture.sync();

    assertThat(stopped.status()).isEqualTo("BUDGET_STOPPED");
    assertThat(stopped.error().orElseThrow()).contains("daily API requests");
    // 30 calls is the share; each of the two import lanes may finish the page it is on
    assertThat(fixture.emulator.faults().apiCalls()).isLessThanOrEqualTo(48);
    assertThat(fixture.storedCounts()).isNotEqualTo(fixture.emulatorCounts());

    fixture.emulator.faults().resetApiCalls();
    fixture.faults(FaultSettings.none());
    RunResult resumed = fixture.sync();

    assertThat(resumed.status()).isEqualTo("SUCCEEDED");
    assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
  }

  @Test
  void requestLimitExceededStopsTheRunCleanly() throws Exception {
    fixture = SyncFixture.start(10, Map.of("sync.budget.share", "1"));
    Checkpoints limitReachedMidway = new Checkpoints() {
      @Override
      public void rowRead(String sobject, long rows) {
        if (sobject.equals("Contact") && rows == 10) {
          long used = fixture.emulator.faults().apiCalls();
          fixture.faults(new FaultSettings(0, 0, used, 0, false));
        }
      }
    };

    RunResult stopped = fixture.syncRun(limitReachedMidway).run(fixture.tenantId, false);

    assertThat(stopped.status()).isEqualTo("BUDGET_STOPPED");
    assertThat(stopped.error().orElseThrow()).contains("REQUEST_LIMIT_EXCEEDED");
    assertThat(fixture.lastRun("status")).isEqualTo("BUDGET_STOPPED");
    assertThat(fixture.lastRun("finished_at")).isNotNull();
  }
}
