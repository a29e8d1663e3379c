package dev.crmsync.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A sync killed at random points (a crash at a random row or commit, its connection dropped and its in-memory
 * state thrown away) resumes on the next run to exactly the state of an uninterrupted run: no row lost, none
 * doubled, every field equal.
 */
class CrashRecoveryTest {
  private static final int CRASHES = 6;

  /** Stands for the process dying: nothing catches it, the run's connection closes without a commit. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash", null, false, false);
    }
  }

  @Test
  void crashesAtRandomPointsResumeToTheUninterruptedState() throws Exception {
    Random random = new Random(2026);
    try (SyncFixture fixture = SyncFixture.start(25)) {
      int totalRows = fixture.emulatorCounts().values().stream().mapToInt(Long::intValue).sum();
      for (int crash = 0; crash < CRASHES; crash++) {
        long crashAtRow = 1 + random.nextInt(totalRows);
        boolean atCommit = random.nextBoolean();
        assertThatThrownBy(() -> fixture.syncRun(crashAt(crashAtRow, atCommit)).run(fixture.tenantId, false))
            .isInstanceOf(SimulatedCrash.class);
        if (crash == CRASHES / 2) {
          changeTheOrg(fixture);
        }
      }
      RunResult resumed = fixture.sync();
      assertThat(resumed.status()).isEqualTo("SUCCEEDED");

      try (SyncFixture reference = fixture.sameOrgFreshDatabase()) {
        assertThat(reference.sync().status()).isEqualTo("SUCCEEDED");
        assertThat(fixture.storedCounts()).isEqualTo(fixture.emulatorCounts());
        assertThat(fixture.storedRows()).isEqualTo(reference.storedRows());
      }
      assertThat(fixture.lastRun("status")).isEqualTo("SUCCEEDED");
    }
  }

  private static Checkpoints crashAt(long row, boolean atCommit) {
    AtomicLong rows = new AtomicLong();
    return new Checkpoints() {
      @Override
      public void rowRead(String sobject, long rowsOfObject) {
        if (rows.incrementAndGet() == row && !atCommit) {
          throw new SimulatedCrash();
        }
      }

      @Override
      public void beforeCommit(String sobject) {
        if (atCommit && rows.get() >= row) {
          throw new SimulatedCrash();
        }
      }
    };
  }

  private static void changeTheOrg(SyncFixture fixture) {
    fixture.emulator.org().patch("Account", fixture.liveIds("Account").get(0), Map.of("Industry", "Energy"));
    fixture.emulator.org().insert("Lead", Map.of("LastName", "Late", "Company", "Newco", "Email", "late@newco.example"));
  }
}
