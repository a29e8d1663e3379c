package dev.crmsync.gateway.sync;

import dev.crmsync.emulator.EmulatorConfig;
import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.bulk.BulkSettings;
import dev.crmsync.emulator.faults.FaultSettings;
import dev.crmsync.emulator.oauth.OAuthSettings;
import dev.crmsync.emulator.org.Org;
import dev.crmsync.emulator.org.Table;
import dev.crmsync.emulator.org.Users;
import dev.crmsync.gateway.config.ConfigLoader;
import dev.crmsync.gateway.config.SalesforceConfig;
import dev.crmsync.gateway.connect.ConnectFlow;
import dev.crmsync.gateway.connect.ConnectionRole;
import dev.crmsync.gateway.connect.SalesforceAccess;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.testing.TestPostgres;
import dev.crmsync.salesforce.bulk.PollSettings;
import dev.crmsync.salesforce.http.ApiSettings;
import dev.crmsync.salesforce.http.Backoff;
import dev.crmsync.salesforce.oauth.LoginHost;
import dev.crmsync.salesforce.oauth.TokenCipher;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientForm;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An emulated org filled with {@link SampleOrg}, a fresh database, and a tenant whose admin connected through the
 * real authorization-code flow with PKCE. Syncs run as the product runs them, with short polls and backoff.
 */
final class SyncFixture implements AutoCloseable {
  static final String REDIRECT_URI = "http://127.0.0.1:8080/oauth/salesforce/callback";
  private static final String PASSWORD = "password";

  final Vertx vertx;
  final EmulatorServer emulator;
  final Database database;
  final Pool pool;
  final SalesforceAccess access;
  final SalesforceConfig config;
  final String seatUserId;
  final List<ChangeSet> changes = new CopyOnWriteArrayList<>();
  private final HttpClient http;
  private final boolean ownsEmulator;
  UUID tenantId;

  private SyncFixture(Vertx vertx, EmulatorServer emulator, String seatUserId, Map<String, String> settings,
      boolean ownsEmulator) {
    this.vertx = vertx;
    this.emulator = emulator;
    this.seatUserId = seatUserId;
    this.ownsEmulator = ownsEmulator;
    Map<String, String> keys = new TreeMap<>(Map.of(
        "salesforce.client.id", emulator.app().clientId(),
        "salesforce.client.secret", emulator.app().clientSecret(),
        "salesforce.redirect.uri", REDIRECT_URI,
        "salesforce.login.host", emulator.baseUrl(),
        "secrets.token.key", TokenCipher.newBase64Key(),
        "sync.page.records", "40",
        "sync.batch.rows", "25"));
    keys.putAll(settings);
    config = ConfigLoader.fromMap(keys).salesforce();
    database = Database.start(TestPostgres.newDatabase());
    pool = database.pool(vertx);
    access = SalesforceAccess.create(vertx, pool, config, new ApiSettings(config.apiVersion(),
        new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), 8), Duration.ofSeconds(30)));
    http = vertx.createHttpClient();
  }

  private static EmulatorServer emulator(Vertx vertx, Org org) throws Exception {
    EmulatorConfig config = EmulatorConfig.defaults();
    config = config
        .withOAuth(new OAuthSettings(config.oauth().app().withRedirectUris(List.of(REDIRECT_URI)), PASSWORD,
            Map.of(), Duration.ofHours(2), Duration.ofMinutes(15)))
        .withBulk(new BulkSettings(Duration.ofMillis(20), 50_000));
    return EmulatorServer.start(vertx, config, org).await(1, TimeUnit.MINUTES);
  }

  /** Another database and tenant over the same emulated org: the baseline an uninterrupted run leaves. */
  SyncFixture sameOrgFreshDatabase() throws Exception {
    SyncFixture other = new SyncFixture(vertx, emulator, seatUserId, Map.of(), false);
    other.tenantId = other.newTenant();
    other.connect(other.tenantId, ConnectionRole.ADMIN, Users.INTEGRATION_USERNAME);
    return other;
  }

  /** A fixture with {@code accounts} accounts (and 3 contacts, 2 leads, 1 opportunity... each). */
  static SyncFixture start(int accounts) throws Exception {
    return start(accounts, Map.of());
  }

  static SyncFixture start(int accounts, Map<String, String> settings) throws Exception {
    Vertx vertx = Vertx.vertx();
    Org org = new Org(EmulatorConfig.defaults().org());
    String seat = SampleOrg.fill(org, accounts, 7);
    SyncFixture fixture = new SyncFixture(vertx, emulator(vertx, org), seat, settings, true);
    fixture.tenantId = fixture.newTenant();
    fixture.connect(fixture.tenantId, ConnectionRole.ADMIN, Users.INTEGRATION_USERNAME);
    return fixture;
  }

  UUID newTenant() throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement insert = connection.prepareStatement("INSERT INTO tenant (name) VALUES ('Acme') RETURNING id");
         ResultSet rs = insert.executeQuery()) {
      rs.next();
      return rs.getObject(1, UUID.class);
    }
  }

  /** Runs the browser's part of the flow: log in on the emulator's page, allow, follow the redirect. */
  ConnectFlow.Connected connect(UUID tenant, ConnectionRole role, String username) throws Exception {
    ConnectFlow flow = new ConnectFlow(access, connected -> { });
    String authorizeUrl = flow.start(tenant, role, new LoginHost(emulator.baseUrl())).await(10, TimeUnit.SECONDS);
    ClientForm form = ClientForm.form(query(URI.create(authorizeUrl)))
        .attribute("decision", "allow").attribute("username", username).attribute("password", PASSWORD);
    String location = http.request(new RequestOptions().setMethod(HttpMethod.POST)
            .setAbsoluteURI(emulator.baseUrl() + "/services/oauth2/authorize"))
        .compose(request -> request.send(form))
        .map(response -> response.getHeader("Location"))
        .await(10, TimeUnit.SECONDS);
    MultiMap callback = query(URI.create(location));
    return flow.complete(callback.get("state"), callback.get("code")).await(10, TimeUnit.SECONDS);
  }

  private static MultiMap query(URI uri) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.add(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  SyncRun syncRun(Checkpoints checkpoints) {
    return new SyncRun(database, access, config.sync(), changes::add, checkpoints,
        new PollSettings(Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofMinutes(2)));
  }

  RunResult sync() throws Exception {
    return syncRun(Checkpoints.NONE).run(tenantId, false);
  }

  void faults(FaultSettings faults) {
    emulator.faults().update(current -> faults);
  }

  /** Live (not deleted) records per synced object in the emulated org. */
  Map<String, Long> emulatorCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (SyncObject object : SyncObjects.ALL) {
      Table table = emulator.org().table(object.name()).orElseThrow();
      long[] live = {0};
      emulator.org().read(() -> {
        table.forEach(row -> live[0] += table.isDeleted(row) ? 0 : 1);
        return null;
      });
      counts.put(object.name(), live[0]);
    }
    return counts;
  }

  /** The ids of an object's live records in the emulated org, in table order. */
  List<String> liveIds(String object) {
    Table table = emulator.org().table(object).orElseThrow();
    int id = table.schema().column("Id");
    List<String> ids = new ArrayList<>();
    emulator.org().read(() -> {
      table.forEach(row -> {
        if (!table.isDeleted(row)) {
          ids.add(row[id]);
        }
      });
      return null;
    });
    return ids;
  }

  /** A field of a record as the emulated org holds it. */
  String value(String object, String id, String field) {
    Table table = emulator.org().table(object).orElseThrow();
    return emulator.org().read(() -> table.row(id)[table.schema().column(field)]);
  }

  /** Stored records per object for the fixture's tenant. */
  Map<String, Long> storedCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    SyncObjects.ALL.forEach(object -> counts.put(object.name(), 0L));
    try (Connection connection = database.openConnection();
         PreparedStatement query = connection.prepareStatement(
             "SELECT sobject, count(*) FROM crm_record WHERE tenant_id = ? GROUP BY sobject")) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  /** Every stored row of the tenant, in id order: what two runs must agree on exactly. */
  List<String> storedRows() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.openConnection();
         PreparedStatement query = connection.prepareStatement(
             "SELECT sf_id, sobject, fields::text, system_modstamp FROM crm_record WHERE tenant_id = ? ORDER BY sf_id")) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getTimestamp(4).toInstant());
        }
      }
    }
    return rows;
  }

  /** The admin connection's stored (encrypted) access token, hex: it changes when a renewal is saved. */
  String storedAccessToken() throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement query = connection.prepareStatement(
             "SELECT encode(access_token, 'hex') FROM salesforce_connection WHERE tenant_id = ? AND role = 'ADMIN'")) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /** A value of the latest run of the tenant, e.g. {@code status} or {@code object_counts::text}. */
  String lastRun(String column) throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement query = connection.prepareStatement(
             "SELECT " + column + " FROM sync_run WHERE tenant_id = ? ORDER BY id DESC LIMIT 1")) {
      query.setObject(1, tenantId);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @Override
  public void close() throws Exception {
    pool.close().await(10, TimeUnit.SECONDS);
    if (ownsEmulator) {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }
}
