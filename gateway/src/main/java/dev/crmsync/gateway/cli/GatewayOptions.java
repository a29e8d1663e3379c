package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that runs the gateway takes. */
final class GatewayOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "a properties file of configuration keys; CRMSYNC_* environment variables override it")
  Path configFile;

  GatewayConfig load() {
    return load(Map.of());
  }

  /** Loads with the command's own presets, which the file and the environment override. */
  GatewayConfig load(Map<String, String> presets) {
    return ConfigLoader.load(Optional.ofNullable(configFile), System.getenv(), presets);
  }
}
