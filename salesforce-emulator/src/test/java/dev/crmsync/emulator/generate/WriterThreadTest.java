package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmsync.emulator.org.RecordSink;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WriterThreadTest {
  private static final GeneratorSpec SPEC = GeneratorSpec.forTotal(11, 3_000, null);

  @Test
  void passesEverythingOnInOrder() {
    CapturedWorld direct = CapturedWorld.of(SPEC);
    CapturedWorld relayed = new CapturedWorld();
    try (WriterThread writer = new WriterThread(relayed, relayed, relayed)) {
      OrgGenerator.generate(SPEC, writer, writer, writer);
    }
    assertThat(relayed.rows).isEqualTo(direct.rows);
    assertThat(relayed.people).isEqualTo(direct.people);
    assertThat(relayed.links).isEqualTo(direct.links);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFailingSinkStopsTheGenerationWithItsCause() {
    int[] written = {0};
    RecordSink failing = (sobject, fields) -> {
      if (++written[0] == 2_500) {
        throw new UncheckedIOException(new java.io.IOException("disk full"));
      }
    };
    assertThatThrownBy(() -> {
      try (WriterThread writer = new WriterThread(failing, DirectorySink.NONE, TruthSink.NONE)) {
        OrgGenerator.generate(SPEC, writer, writer, writer);
      }
    }).hasMessageContaining("disk full").hasRootCauseMessage("disk full");
    assertThat(written[0]).isEqualTo(2_500);
  }
}
