package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.config.GatewayConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crm-sync demo}: the whole product on one machine, with the embedded database, and the URLs to open.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole product locally with embedded services, and print the URLs to open.")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  GatewayOptions options;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    GatewayConfig loaded = options.load();
    GatewayConfig config = loaded.withApi(loaded.api().withDemo(true));
    RunningGateway running = RunningGateway.start(config);
    String base = running.baseUrl(config);
    System.out.printf("""

        CRM Sync demo is up (%d ms)
          health:  %s/health
          metrics: %s/metrics
        """, Duration.ofNanos(System.nanoTime() - started).toMillis(), base, base);
    DemoAccess.print(running, base, System.out);
    System.out.printf("Press Ctrl-C to stop.%n%n");
    running.awaitShutdown();
    return 0;
  }
}
