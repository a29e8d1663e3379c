package dev.crmsync.emulator.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoiseRatesTest {
  @Test
  void withSetsOneRateAndKeepsTheOthers() {
    NoiseRates rates = NoiseRates.REALISTIC.with("typo", 0.5);
    assertThat(rates.typo()).isEqualTo(0.5);
    assertThat(rates.nickname()).isEqualTo(NoiseRates.REALISTIC.nickname());
  }

  @Test
  void rejectsRatesOutsideZeroToOne() {
    assertThatThrownBy(() -> NoiseRates.NONE.with("typo", 1.5)).hasMessage("noise.typo must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> NoiseRates.NONE.with("decoy", Double.NaN)).hasMessageContaining("noise.decoy");
  }

  @Test
  void rejectsUnknownNamesAndImpossibleLeadShares() {
    assertThatThrownBy(() -> NoiseRates.NONE.with("typos", 0.1)).hasMessageContaining("got typos");
    assertThatThrownBy(() -> NoiseRates.NONE.with("leadAndContact", 0.6).with("convertedLead", 0.6))
        .hasMessageContaining("noise.leadAndContact + noise.convertedLead must be <= 1");
  }
}
