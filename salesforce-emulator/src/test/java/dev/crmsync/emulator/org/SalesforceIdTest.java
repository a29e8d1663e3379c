package dev.crmsync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SalesforceIdTest {
  @ParameterizedTest
  @CsvSource({"00558000001N0Ke,00558000001N0KeAAK", "001D000000IRFma,001D000000IRFmaIAH",
      "003RO0000035WQg,003RO0000035WQgYAM", "750R0000000zxr8,750R0000000zxr8IAA"})
  void addsTheChecksumOfTheReference(String id15, String id18) {
    assertThat(SalesforceId.canonical(id15)).contains(id18);
    assertThat(SalesforceId.canonical(id18)).contains(id18);
  }

  @Test
  void eighteenCharacterIdsAreCaseInsensitive() {
    assertThat(SalesforceId.canonical("001d000000irfmaiah")).contains("001D000000IRFmaIAH");
  }

  @Test
  void refusesWhatIsNotAnId() {
    assertThat(SalesforceId.canonical("001D000000IRFm")).isEmpty();
    assertThat(SalesforceId.canonical("001D000000IRF-a")).isEmpty();
    assertThat(SalesforceId.canonical(null)).isEmpty();
  }

  @Test
  void mintsDistinctIdsWithThePrefixAndAValidChecksum() {
    String first = SalesforceId.mint("00Q", 1);
    String second = SalesforceId.mint("00Q", 2);
    assertThat(first).startsWith("00Q").hasSize(18).isNotEqualTo(second);
    assertThat(SalesforceId.canonical(first.substring(0, 15))).contains(first);
  }
}
