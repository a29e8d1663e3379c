package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.bench.EmulatorBenchmark;
import dev.crmsync.emulator.oauth.ConnectedApp;
import dev.crmsync.emulator.oauth.OAuthSettings;
import dev.crmsync.emulator.org.OrgSettings;
import dev.crmsync.emulator.org.Users;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync salesforce-emulator}: a local Salesforce (OAuth 2.0, REST, SOQL, Bulk API 2.0) over an org
 * loaded from a CRM export folder, until Ctrl-C; or, with {@code --benchmark}, its figures on a generated org.
 */
@Command(name = "salesforce-emulator", mixinStandardHelpOptions = true,
    description = "Run a local Salesforce over a CRM export folder, or benchmark it on a generated org.")
final class SalesforceEmulatorCommand implements Callable<Integer> {
  @Spec
  CommandSpec command;

  @Option(names = "--org", paramLabel = "DIR", description = "CRM export folder to load (<Object>.csv files)")
  Path org;

  @Option(names = "--port", defaultValue = "8443", paramLabel = "N", description = "port (default ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface (default ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--persist", description = "save the org back into --org on exit and on POST /__emulator/persist")
  boolean persist;

  @Option(names = "--person-accounts", description = "enable Person Accounts")
  boolean personAccounts;

  @Option(names = "--password", defaultValue = "password",
      description = "password of every org user (default ${DEFAULT-VALUE})")
  String password;

  @Option(names = "--client-id", description = "connected app consumer key")
  String clientId;

  @Option(names = "--client-secret", description = "connected app consumer secret")
  String clientSecret;

  @Option(names = "--redirect-uri", description = "registered callback URL (repeatable)")
  List<String> redirectUris;

  @Option(names = "--certificate", paramLabel = "PEM",
      description = "X.509 certificate (or RSA public key) that verifies JWT bearer assertions")
  Path certificate;

  @Option(names = "--benchmark", description = "measure start-up, memory and Bulk query speed, then exit")
  boolean benchmark;

  @Option(names = "--records", defaultValue = "1000000", paramLabel = "N",
      description = "CRM records of the benchmark's generated org (default ${DEFAULT-VALUE})")
  long records;

  @Override
  public Integer call() throws Exception {
    if (benchmark) {
      new EmulatorBenchmark(command.commandLine().getOut()).run(records, 42);
      return 0;
    }
    if (persist && org == null) {
      throw new ParameterException(command.commandLine(), "--persist needs --org: the folder to save into");
    }
    long started = System.nanoTime();
    Vertx vertx = Vertx.vertx();
    EmulatorServer server = EmulatorServer.startBlocking(vertx, config());
    System.out.printf("""

        Salesforce emulator for org %s is up (%d ms)
          login and instance URL: %s
          client id / secret:     %s / %s
          integration user:       %s (View All), password as configured
        Press Ctrl-C to stop.
        %n""", server.org().orgId(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), server.baseUrl(),
        server.app().clientId(), server.app().clientSecret(), Users.INTEGRATION_USERNAME);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close().await(2, TimeUnit.MINUTES);
        vertx.close().await(1, TimeUnit.MINUTES);
      } catch (Exception e) {
        System.err.println("salesforce-emulator did not stop cleanly: " + e);
      }
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }

  private EmulatorConfig config() throws Exception {
    EmulatorConfig defaults = EmulatorConfig.defaults();
    OrgSettings orgDefaults = defaults.org();
    OAuthSettings oauth = defaults.oauth();
    ConnectedApp app = oauth.app();
    app = new ConnectedApp(clientId == null ? app.clientId() : clientId,
        clientSecret == null ? app.clientSecret() : clientSecret,
        redirectUris == null ? app.redirectUris() : redirectUris,
        certificate == null ? null : Files.readString(certificate), app.defaultScopes(),
        app.preAuthorizedUsernames(), app.rotateRefreshTokens(), app.runAsUsername());
    return defaults.withHost(host).withPort(port).withOrgFolder(org)
        .withPersistFolder(persist ? org : null)
        .withOrg(new OrgSettings(null, personAccounts, orgDefaults.customFields(), orgDefaults.viewAllUsernames(),
            orgDefaults.clock()))
        .withOAuth(new OAuthSettings(app, password, oauth.passwords(), oauth.accessTokenLifetime(),
            oauth.authorizationCodeLifetime()));
  }
}
