package dev.crmsync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SalesforceIdCanonicalTest {
  @ParameterizedTest
  @CsvSource({"00558000001N0Ke,00558000001N0KeAAK", "001D000000IRFma,001D000000IRFmaIAH",
      "003RO0000035WQg,003RO0000035WQgYAM", "750R0000000zxr8,750R0000000zxr8IAA"})
  void addsTheChecksumOfTheReference(String id15, String id18) {
    assertThat(SalesforceIds.canonical(id15)).contains(id18);
    assertThat(SalesforceIds.canonical(id18)).contains(id18);
  }

  @Test
  void eighteenCharacterIdsAreCaseInsensitive() {
    assertThat(SalesforceIds.canonical("001d000000irfmaiah")).contains("001D000000IRFmaIAH");
  }

  @Test
  void refusesWhatIsNotAnId() {
    assertThat(SalesforceIds.canonical("001D000000IRFm")).isEmpty();
    assertThat(SalesforceIds.canonical("001D000000IRF-a")).isEmpty();
    assertThat(SalesforceIds.canonical(null)).isEmpty();
  }

}
