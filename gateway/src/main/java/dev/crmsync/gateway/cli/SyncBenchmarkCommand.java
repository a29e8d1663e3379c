package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.generate.DirectorySink;
import dev.crmsync.emulator.generate.GenerationCounts;
import dev.crmsync.emulator.generate.GeneratorSpec;
import dev.crmsync.emulator.generate.OrgGenerator;
import dev.crmsync.emulator.generate.TruthSink;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.sync.RunResult;
import dev.crmsync.gateway.sync.SyncListener;
import dev.crmsync.gateway.sync.SyncService;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.TokenCipher;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync sync benchmark --records N}: generates an org of about N records in the emulator, imports it
 * over loopback HTTP (OAuth, Bulk API 2.0, streamed CSV) into a scratch embedded PostgreSQL as a first full sync,
 * and prints the import's records per second and peak heap next to a plain PostgreSQL COPY of the same stored
 * rows into a table shaped like {@code crm_record}, measured in the same run.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = "Measure a full Salesforce sync from the emulator next to a plain PostgreSQL COPY of the same rows.")
final class SyncBenchmarkCommand implements Callable<Integer> {
  private static final String EXPORT = """
      COPY (SELECT tenant_id, sf_id, sobject, fields, system_modstamp, synced_at FROM crm_record
            WHERE tenant_id = '%s') TO STDOUT""";
  private static final String CREATE_BASELINE = "CREATE TABLE copy_baseline (LIKE crm_record INCLUDING ALL)";
  private static final String COPY_BASELINE =
      "COPY copy_baseline (tenant_id, sf_id, sobject, fields, system_modstamp, synced_at) FROM STDIN";
  private static final long SAMPLE_MILLIS = 50;

  @Option(names = "--records", defaultValue = "1000000", paramLabel = "N",
      description = "about how many CRM records of all objects (default ${DEFAULT-VALUE})")
  long records;

  @Option(names = "--seed", defaultValue = "1", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--keep", description = "keep the scratch database (its path is printed)")
  boolean keep;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Vertx vertx = Vertx.vertx();
    try (ScratchSpace scratch = ScratchSpace.create("crm-sync-sync-benchmark", keep, out);
         Database database = Database.start(scratch.database(2))) {
      EmulatorServer emulator = emulator(vertx, out);
      Pool pool = database.pool(vertx);
      SalesforceConfig config = ConfigLoader.fromMap(Map.of(
          "salesforce.client.id", emulator.app().clientId(),
          "salesforce.client.secret", emulator.app().clientSecret(),
          "salesforce.login.host", emulator.baseUrl(),
          "secrets.token.key", TokenCipher.newBase64Key(),
          "sync.scheduler", "false")).salesforce();
      SalesforceAccess access = SalesforceAccess.create(vertx, pool, config);
      UUID tenant = newTenant(database);
      access.connectRunAsUser(tenant, new LoginHost(emulator.baseUrl())).await(1, TimeUnit.MINUTES);
      try (SyncService sync = SyncService.create(vertx, pool, database, access, config.sync(), SyncListener.NONE)) {
        importAndCompare(out, database, sync, tenant);
      }
    } finally {
      vertx.close().await(1, TimeUnit.MINUTES);
    }
    return 0;
  }

  private EmulatorServer emulator(Vertx vertx, PrintWriter out) throws Exception {
    Org org = new Org(EmulatorConfig.defaults().org());
    long started = System.nanoTime();
    GenerationCounts counts = OrgGenerator.generate(GeneratorSpec.forTotal(seed, records, 1), org.sink(),
        DirectorySink.NONE, TruthSink.NONE);
    out.printf("generated an org of %,d records in %.1f s: %s%n", counts.crmTotal(), ScratchSpace.secondsSince(started),
        counts.crmRecords());
    return EmulatorServer.start(vertx, EmulatorConfig.defaults(), org).await(1, TimeUnit.MINUTES);
  }

  private void importAndCompare(PrintWriter out, Database database, SyncService sync, UUID tenant)
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(heapBefore);
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long started = System.nanoTime();
    RunResult result = sync.syncNow(tenant).await(4, TimeUnit.HOURS);
    long importNanos = System.nanoTime() - started;
    sampler.interrupt();
    long stored = stored(database, tenant);
    out.printf("%-44s %7.1f s %,10d records/s  (%s, %,d records stored)%n", "full sync from the emulator",
        importNanos / 1e9, rate(stored, importNanos), result.status(), stored);
    out.printf("%-44s %,d MB peak heap (%,d MB before: the emulator's org lives in this JVM too)%n", "",
        peak.get() >> 20, heapBefore >> 20);
    long copyNanos = plainCopy(database, tenant);
    out.printf("%-44s %7.1f s %,10d records/s%n", "plain COPY of the same rows (same indexes)", copyNanos / 1e9,
        rate(stored, copyNanos));
    out.printf("the sync took %.2fx the COPY time (goal: within 3x)%n", (double) importNanos / copyNanos);
  }

  private static UUID newTenant(Database database) throws SQLException {
    try (Connection connection = database.openConnection();
         PreparedStatement insert = connection.prepareStatement(
             "INSERT INTO tenant (name) VALUES ('benchmark') RETURNING id");
         ResultSet rs = insert.executeQuery()) {
      rs.next();
      return rs.getObject(1, UUID.class);
    }
  }

  private static long stored(Database database, UUID tenant) throws SQLException {
    try (Connection connection = database.openConnection();
         PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM crm_record WHERE tenant_id = ?")) {
      count.setObject(1, tenant);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Exports the stored rows to a file, then times COPY of that file into an empty table shaped the same. */
  private static long plainCopy(Database database, UUID tenant) throws SQLException, IOException {
    Path file = Files.createTempFile("crm-record", ".copy");
    try (Connection connection = database.openConnection();
         Statement statement = connection.createStatement()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try (OutputStream rows = Files.newOutputStream(file)) {
        copy.copyOut(EXPORT.formatted(tenant), rows);
      }
      statement.execute(CREATE_BASELINE);
      long started = System.nanoTime();
      try (InputStream rows = Files.newInputStream(file)) {
        copy.copyIn(COPY_BASELINE, rows, 1 << 16);
      }
      return System.nanoTime() - started;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long rate(long rows, long nanos) {
    return (long) (rows / (nanos / 1e9));
  }
}
