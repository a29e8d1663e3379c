package dev.crmsync.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceConfigTest {

  @Test
  void defaultsSyncEveryTenMinutesOnHalfTheBudgetWithConnectingOff() {
    SalesforceConfig config = ConfigLoader.load(Optional.empty(), Map.of()).salesforce();

    assertThat(config.clientId()).isEmpty();
    assertThat(config.tokenKey()).isEmpty();
    assertThat(config.apiVersion()).isEqualTo("62.0");
    assertThat(config.sync().budgetShare()).isEqualTo(0.5);
    assertThat(config.sync().overlap()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.sync().keyScanInterval()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void keysAreReachableFromTheEnvironment() {
    SalesforceConfig config = ConfigLoader.load(Optional.empty(), Map.of(
        "CRMSYNC_SALESFORCE_CLIENT_ID", "consumer-key",
        "CRMSYNC_SECRETS_TOKEN_KEY", "a2V5",
        "CRMSYNC_SYNC_BUDGET_SHARE", "0.25")).salesforce();

    assertThat(config.clientId()).contains("consumer-key");
    assertThat(config.tokenKey()).contains("a2V5");
    assertThat(config.sync().budgetShare()).isEqualTo(0.25);
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("sync.budget.share", "1.5")))
        .hasMessageContaining("'sync.budget.share'").hasMessageContaining("1.5");
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("salesforce.api.version", "41.0")))
        .hasMessageContaining("'salesforce.api.version'");
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("salesforce.jwt.key.file", "/k.pem")))
        .hasMessageContaining("'salesforce.jwt.key.file'");
  }

  @Test
  void secretsNeverShowInItsText() {
    SalesforceConfig config = ConfigLoader.fromMap(Map.of("salesforce.client.secret", "s3cr3t-value",
        "secrets.token.key", "dG9rZW4ta2V5")).salesforce();

    assertThat(config.toString()).doesNotContain("s3cr3t-value", "dG9rZW4ta2V5");
  }
}
