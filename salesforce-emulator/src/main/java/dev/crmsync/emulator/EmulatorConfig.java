package dev.crmsync.emulator;

import dev.crmsync.emulator.bulk.BulkSettings;
import dev.crmsync.emulator.faults.FaultSettings;
import dev.crmsync.emulator.oauth.OAuthSettings;
import dev.crmsync.emulator.org.OrgSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the emulator can be told. Start from {@link #defaults()} and change what matters with the
 * {@code with...} methods.
 *
 * @param host the interface to listen on
 * @param port the port, 0 for any free one
 * @param orgFolder a CRM export folder to load at start, or null for an org with only the integration user
 * @param persistFolder where the org is saved on stop and on {@code POST /__emulator/persist}, or null for never
 * @param org the org's id, Person Accounts, custom fields, View All users and clock
 * @param oauth the connected app, passwords and token lifetimes
 * @param bulk Bulk job timing and page size
 * @param faults the faults in force at start
 * @param faultSeed the seed of the random injected failures
 * @param queryBatchSize records per REST query page (2,000 on Salesforce)
 * @param apiVersion the version the identity URLs point at, e.g. {@code 60.0}
 */
public record EmulatorConfig(String host, int port, Path orgFolder, Path persistFolder, OrgSettings org,
                             OAuthSettings oauth, BulkSettings bulk, FaultSettings faults, long faultSeed,
                             int queryBatchSize, String apiVersion) {
  public EmulatorConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(oauth, "oauth");
    Objects.requireNonNull(bulk, "bulk");
    Objects.requireNonNull(faults, "faults");
    if (queryBatchSize < 200 || queryBatchSize > 2000) {
      throw new IllegalArgumentException("queryBatchSize must be 200..2000: " + queryBatchSize);
    }
    if (!apiVersion.matches("\\d+\\.0")) {
      throw new IllegalArgumentException("apiVersion must look like 60.0: " + apiVersion);
    }
  }

  public static EmulatorConfig defaults() {
    return new EmulatorConfig("127.0.0.1", 0, null, null, OrgSettings.defaults(), OAuthSettings.defaults(),
        BulkSettings.defaults(), FaultSettings.none(), 42, 2000, "60.0");
  }

  public EmulatorConfig withPort(int newPort) {
    return new EmulatorConfig(host, newPort, orgFolder, persistFolder, org, oauth, bulk, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withHost(String newHost) {
    return new EmulatorConfig(newHost, port, orgFolder, persistFolder, org, oauth, bulk, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withOrgFolder(Path folder) {
    return new EmulatorConfig(host, port, folder, persistFolder, org, oauth, bulk, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withPersistFolder(Path folder) {
    return new EmulatorConfig(host, port, orgFolder, folder, org, oauth, bulk, faults, faultSeed, queryBatchSize,
        apiVersion);
  }

  public EmulatorConfig withOrg(OrgSettings settings) {
    return new EmulatorConfig(host, port, orgFolder, persistFolder, settings, oauth, bulk, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withOAuth(OAuthSettings settings) {
    return new EmulatorConfig(host, port, orgFolder, persistFolder, org, settings, bulk, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withBulk(BulkSettings settings) {
    return new EmulatorConfig(host, port, orgFolder, persistFolder, org, oauth, settings, faults, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withFaults(FaultSettings settings) {
    return new EmulatorConfig(host, port, orgFolder, persistFolder, org, oauth, bulk, settings, faultSeed,
        queryBatchSize, apiVersion);
  }

  public EmulatorConfig withQueryBatchSize(int size) {
    return new EmulatorConfig(host, port, orgFolder, persistFolder, org, oauth, bulk, faults, faultSeed, size,
        apiVersion);
  }
}
