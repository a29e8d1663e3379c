package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.GatewayConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crm-sync serve}: runs the gateway with the given configuration until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the gateway.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  GatewayOptions options;

  @Override
  public Integer call() throws Exception {
    GatewayConfig config = options.load();
    RunningGateway running = RunningGateway.start(config);
    System.out.println("CRM Sync is serving at " + running.baseUrl(config));
    running.awaitShutdown();
    return 0;
  }
}
