package dev.crmsync.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void defaultsDescribeALocalGatewayOnTheEmbeddedDatabase() {
    GatewayConfig config = ConfigLoader.load(Optional.empty(), Map.of());

    assertThat(config.httpHost()).isEqualTo("127.0.0.1");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.database().embedded()).isTrue();
    assertThat(config.database().embeddedDir()).isEqualTo(Path.of("data/postgres"));
  }

  @Test
  void environmentOverridesTheFileWhichOverridesDefaults() throws Exception {
    Path file = dir.resolve("crm-sync.properties");
    Files.writeString(file, "http.port=9000\ndb.pool.size=3\n");

    GatewayConfig config = ConfigLoader.load(Optional.of(file), Map.of("CRMSYNC_HTTP_PORT", "9100", "PATH", "/bin"));

    assertThat(config.httpPort()).isEqualTo(9100);
    assertThat(config.database().poolSize()).isEqualTo(3);
  }

  @Test
  void aValueOfTheWrongTypeNamesItsKey() {
    assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("CRMSYNC_HTTP_PORT", "eighty")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("configuration key 'http.port': expected a port number, got 'eighty'");
  }

  @Test
  void anOutOfRangeValueNamesItsKey() {
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("db.pool.size", "0")))
        .hasMessageContaining("'db.pool.size'")
        .hasMessageContaining("got 0");
  }

  @Test
  void eventLoopsAreOnePerCoreUnlessSaid() {
    assertThat(ConfigLoader.fromMap(Map.of()).eventLoops()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(ConfigLoader.fromMap(Map.of("http.instances", "3")).eventLoops()).isEqualTo(3);
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("http.instances", "-1")))
        .hasMessageContaining("'http.instances'").hasMessageContaining("got -1");
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("http.instances", "65")))
        .hasMessageContaining("'http.instances'").hasMessageContaining("got 65");
  }

  @Test
  void aDatabaseUrlMustBeJdbcPostgres() {
    assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("db.url", "mysql://localhost/x")))
        .hasMessageContaining("'db.url'");
  }

  @Test
  void anUnknownKeyIsRefusedSoTyposShow() {
    assertThatThrownBy(() -> ConfigLoader.load(Optional.empty(), Map.of("CRMSYNC_HTTP_PROT", "1")))
        .hasMessageContaining("'CRMSYNC_HTTP_PROT': unknown key");
  }

  @Test
  void theLaunchersJavaOptionsAreNotAKey() {
    GatewayConfig config = ConfigLoader.load(Optional.empty(),
        Map.of(ConfigLoader.JAVA_OPTS, "-Xmx8g", "CRMSYNC_HTTP_PORT", "9100"));

    assertThat(config.httpPort()).isEqualTo(9100);
  }

  @Test
  void anExternalDatabaseUrlTurnsTheEmbeddedOneOff() {
    GatewayConfig config = ConfigLoader.fromMap(Map.of("db.url", "jdbc:postgresql://db:5432/crm"));

    assertThat(config.database().embedded()).isFalse();
  }
}
