package dev.crmsync.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorConfigTest {
  @Test
  void aShortTokenIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("operator.token", "hunter2")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("configuration key 'operator.token': must be at least 16 characters, got 7");
  }

  @Test
  void theTokenIsOptionalAndNeverPrinted() {
    GatewayConfig config = ConfigLoader.fromMap(Map.of("operator.token", "0123456789abcdefXYZ"));

    assertThat(config.operator().token()).contains("0123456789abcdefXYZ");
    assertThat(config.toString()).doesNotContain("0123456789abcdefXYZ");
    assertThat(ConfigLoader.fromMap(Map.of()).operator().token()).isEqualTo(Optional.empty());
  }
}
