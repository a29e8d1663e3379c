package dev.crmsync.emulator.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceIdsTest {
  @ParameterizedTest
  @CsvSource({
      "00558000001N0Ke, 00558000001N0KeAAK",
      "001D000000IRFma, 001D000000IRFmaIAH",
      "003RO0000035WQg, 003RO0000035WQgYAM",
      "750R0000000zxr8, 750R0000000zxr8IAA"})
  void addsTheChecksumOfKnownIds(String id15, String id18) {
    assertThat(SalesforceIds.to18(id15)).isEqualTo(id18);
    assertThat(SalesforceIds.to15(id18)).isEqualTo(id15);
    assertThat(SalesforceIds.isValid(id18)).isTrue();
  }

  @Test
  void anEighteenCharacterIdIsCaseInsensitive() {
    assertThat(SalesforceIds.to18("001d000000irfmaiah")).isEqualTo("001D000000IRFmaIAH");
    assertThat(SalesforceIds.same("001D000000IRFma", "001D000000IRFMAIAH")).isTrue();
    assertThat(SalesforceIds.same("001D000000IRFma", "001D000000IRFmb")).isFalse();
  }

  @Test
  void aSuffixForOtherCaseNamesAnotherRecord() {
    assertThat(SalesforceIds.to18("001D000000IRFmaIAA")).isEqualTo("001D000000irfmaIAA");
    assertThat(SalesforceIds.same("001D000000IRFma", "001D000000IRFmaIAA")).isFalse();
  }

  @Test
  void rejectsBadIds() {
    assertThat(SalesforceIds.isValid("001D000000IRFmaZAH")).as("upper case flagged on a digit").isFalse();
    assertThat(SalesforceIds.isValid("001D000000IRFma9AH")).as("not a suffix character").isFalse();
    assertThat(SalesforceIds.isValid("001D000000IRFm")).isFalse();
    assertThat(SalesforceIds.isValid("001D000000IRF-a")).isFalse();
    assertThat(SalesforceIds.isValid(null)).isFalse();
    assertThatThrownBy(() -> SalesforceIds.to18("001D000000IRFmaZAH"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("001D000000IRFmaZAH");
  }

  @Test
  void mintsDistinctValidIdsWithTheKeyPrefix() {
    Set<String> seen = new HashSet<>();
    for (long counter = 0; counter < 10_000; counter += 7) {
      String id = SalesforceIds.mint("00Q", counter * 1_000_003L);
      assertThat(id).hasSize(18).startsWith("00Q");
      assertThat(SalesforceIds.isValid(id)).isTrue();
      assertThat(SalesforceIds.to18(id.toLowerCase(Locale.ROOT))).isEqualTo(id);
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void rejectsBadMintArguments() {
    assertThatThrownBy(() -> SalesforceIds.mint("00", 1)).hasMessageContaining("keyPrefix");
    assertThatThrownBy(() -> SalesforceIds.mint("001", -1)).hasMessageContaining("counter");
  }
}
