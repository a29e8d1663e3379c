package dev.crmsync.salesforce.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesforceIdTest {

  @ParameterizedTest
  @CsvSource({
      "00558000001N0Ke, 00558000001N0KeAAK",
      "001D000000IRFma, 001D000000IRFmaIAH",
      "003RO0000035WQg, 003RO0000035WQgYAM",
      "750R0000000zxr8, 750R0000000zxr8IAA"})
  void fifteenCharacterIdsGetTheDocumentedSuffix(String id15, String id18) {
    assertThat(SalesforceId.of(id15).value()).isEqualTo(id18);
    assertThat(SalesforceId.of(id18).value()).isEqualTo(id18);
  }

  @Test
  void eighteenCharacterIdsAreCaseInsensitiveInTheirSuffix() {
    assertThat(SalesforceId.of("001D000000IRFmaiah").value()).isEqualTo("001D000000IRFmaIAH");
  }

  @Test
  void aWrongSuffixOrShapeIsNotAnId() {
    assertThat(SalesforceId.parse("001D000000IRFmaAAA")).isEmpty();
    assertThat(SalesforceId.parse("001D000000IRFm")).isEmpty();
    assertThat(SalesforceId.parse("001D000000IRF-a")).isEmpty();
    assertThat(SalesforceId.parse(null)).isEmpty();
    assertThatThrownBy(() -> SalesforceId.of("nope")).hasMessageContaining("'nope'");
    assertThatThrownBy(() -> new SalesforceId("001D000000IRFma")).hasMessageContaining("18-character");
  }

  @Test
  void theKeyPrefixNamesTheObject() {
    assertThat(SalesforceId.of("003RO0000035WQg").keyPrefix()).isEqualTo("003");
  }
}
