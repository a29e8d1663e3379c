package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.oauth.OAuthSettings;
import dev.crmsync.gateway.config.ConfigException;
import dev.crmsync.gateway.config.GatewayConfig;
import dev.crmsync.gateway.directory.DirectoryChangeListener;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crm-sync demo}: the whole product on one machine. A generated org served by the Salesforce emulator,
 * a generated directory, the embedded database; the org is connected and synced on the first run, and the URLs
 * to open are printed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the whole product locally with embedded services, and print the URLs to open.")
final class DemoCommand implements Callable<Integer> {
  @Mixin
  GatewayOptions options;

  @Option(names = "--home", defaultValue = "data/demo", paramLabel = "DIR",
      description = "where the demo keeps its generated org, directory and secrets (default ${DEFAULT-VALUE})")
  Path home;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    GatewayConfig plain = options.load();
    if (plain.httpPort() == 0) {
      throw new ConfigException("http.port", "the demo registers its OAuth callback, so it needs a fixed port");
    }
    String base = "http://" + plain.httpHost() + ":" + plain.httpPort();
    DemoData data = DemoData.prepare(home);
    Vertx salesforceVertx = Vertx.vertx();
    // the admin's connect flow and the seat holders' sign-in (/auth/login) come back to different callbacks
    EmulatorServer salesforce = startSalesforce(salesforceVertx, data,
        List.of(base + "/oauth/salesforce/callback", base + "/auth/callback"));

    GatewayConfig loaded = options.load(presets(data, salesforce, base));
    GatewayConfig config = loaded.withApi(loaded.api().withDemo(true));
    RunningGateway running = RunningGateway.start(config);
    new DemoSetup(running.database(), base, data, salesforce).firstRunIfNeeded(DirectoryChangeListener.NONE);

    System.out.printf("""

        CRM Sync demo is up (%d ms)
          health:     %s/health
          metrics:    %s/metrics
          Salesforce: %s   (the emulator; users log in with password 'password')
        """, Duration.ofNanos(System.nanoTime() - started).toMillis(), base, base, salesforce.baseUrl());
    DemoAccess.print(running, base, System.out);
    System.out.printf("Press Ctrl-C to stop.%n%n");
    running.awaitShutdown();
    salesforceVertx.close();
    return 0;
  }

  private static EmulatorServer startSalesforce(Vertx vertx, DemoData data, List<String> callbacks)
      throws Exception {
    EmulatorConfig defaults = EmulatorConfig.defaults();
    OAuthSettings oauth = defaults.oauth();
    EmulatorConfig config = defaults
        .withOrgFolder(data.crmFolder())
        .withOAuth(new OAuthSettings(oauth.app().withRedirectUris(callbacks), oauth.defaultPassword(),
            oauth.passwords(), oauth.accessTokenLifetime(), oauth.authorizationCodeLifetime()));
    return EmulatorServer.startBlocking(vertx, config);
  }

  /** The gateway's settings that point it at the emulator; a config file or the environment may override them. */
  private static Map<String, String> presets(DemoData data, EmulatorServer salesforce, String base) {
    Map<String, String> presets = new HashMap<>(data.secrets());
    presets.put("salesforce.client.id", salesforce.app().clientId());
    presets.put("salesforce.client.secret", salesforce.app().clientSecret());
    presets.put("salesforce.login.host", salesforce.baseUrl());
    presets.put("salesforce.redirect.uri", base + "/oauth/salesforce/callback");
    return presets;
  }
}
