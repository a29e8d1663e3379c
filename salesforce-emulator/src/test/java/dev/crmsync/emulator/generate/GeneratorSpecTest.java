package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorSpecTest {
  @Test
  void forTotalSharesTheRecordsOutAndSizesTheDirectoryAfterTheCrmPeople() {
    GeneratorSpec spec = GeneratorSpec.forTotal(1, 1_000_000, null);
    assertThat(spec.accounts()).isEqualTo(100_000);
    assertThat(spec.contacts()).isEqualTo(320_000);
    assertThat(spec.leads()).isEqualTo(300_000);
    assertThat(spec.users()).isEqualTo(1_000);
    assertThat(spec.directoryPeople()).isEqualTo(spec.contacts() + spec.leads());
    assertThat(GeneratorSpec.forTotal(1, 1_000, 77).directoryPeople()).isEqualTo(77);
  }

  @Test
  void rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> GeneratorSpec.forTotal(1, 10, null)).hasMessageContaining("crmRecords")
        .hasMessageContaining("got 10");
    assertThatThrownBy(() -> new GeneratorSpec(1, 3, 10, 10, 10, 10, 10, NoiseRates.NONE))
        .hasMessage("users must be >= 8, got 3");
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 0, 10, 10, 10, 10, NoiseRates.NONE))
        .hasMessage("accounts must be >= 1, got 0");
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 10, -1, 10, 10, 10, NoiseRates.NONE))
        .hasMessage("contacts must be >= 0, got -1");
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 10, 10, 10, 10, 0, NoiseRates.NONE))
        .hasMessage("directoryPeople must be >= 1, got 0");
    assertThatThrownBy(() -> new GeneratorSpec(1, 10, 10, 10, 10, 10, 10, null)).hasMessageContaining("noise");
  }
}
