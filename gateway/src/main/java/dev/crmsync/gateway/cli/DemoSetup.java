package dev.crmsync.gateway.cli;

import dev.crmsync.emulator.EmulatorServer;
import dev.crmsync.emulator.org.Users;
import dev.crmsync.gateway.db.Database;
import dev.crmsync.gateway.directory.DirectoryChangeListener;
import dev.crmsync.gateway.directory.DirectoryImporter;
import dev.crmsync.gateway.directory.ImportSummary;
import dev.crmsync.gateway.directory.ProgressListener;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The demo's first run, done the way an operator and an admin would do it: import the directory, create the
 * tenant, connect the org through the real OAuth authorization-code flow (the demo plays the admin's browser on
 * the emulator's login page), which starts the first sync, follow it through the admin API, and match. Later
 * runs find the tenant and leave the scheduler and the rematch queue to keep it current.
 */
final class DemoSetup {
  static final String DEMO_TENANT = "Demo Org";
  static final String FIND_TENANT = "SELECT id FROM tenant WHERE name = ? ORDER BY created_at LIMIT 1";
  static final String CREATE_TENANT = "INSERT INTO tenant (name) VALUES (?) RETURNING id";
  private static final String ADMIN_PASSWORD = "password";
  private static final Duration FIRST_SYNC_TIMEOUT = Duration.ofMinutes(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Database database;
  private final String gateway;
  private final DemoData data;
  private final EmulatorServer salesforce;

  DemoSetup(Database database, String gateway, DemoData data, EmulatorServer salesforce) {
    this.database = database;
    this.gateway = gateway;
    this.data = data;
    this.salesforce = salesforce;
  }

  /** Sets the demo tenant up unless a previous run did. */
  void firstRunIfNeeded(DirectoryChangeListener directoryChanges) throws Exception {
    if (existingTenant().isPresent()) {
      return;
    }
    ImportSummary directory = new DirectoryImporter(database)
        .importFolder(data.directoryFolder(), directoryChanges, ProgressListener.NONE);
    System.out.printf("directory imported: %,d people and companies%n", directory.written());
    UUID tenant = createTenant();
    connectAsAdmin(tenant);
    System.out.println("Salesforce org connected; first sync running...");
    JsonObject run = firstSync(tenant);
    System.out.println("first sync: " + run.encode());
    JsonObject matched = admin("POST", "/admin/match/tenants/" + tenant + "/run", "{}");
    System.out.printf("matched: %d records rematched, %d links, %d for review, in %d ms%n",
        matched.getInteger("rematched"), matched.getInteger("matches"), matched.getInteger("reviews"),
        matched.getLong("millis"));
  }

  private Optional<UUID> existingTenant() throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement find = connection.prepareStatement(FIND_TENANT)) {
      find.setString(1, DEMO_TENANT);
      try (ResultSet rows = find.executeQuery()) {
        return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  private UUID createTenant() throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement create = connection.prepareStatement(CREATE_TENANT)) {
      create.setString(1, DEMO_TENANT);
      try (ResultSet rows = create.executeQuery()) {
        rows.next();
        return rows.getObject(1, UUID.class);
      }
    }
  }

  /** Starts the admin's connection, logs in and allows on the emulator's page, and follows the callback. */
  private void connectAsAdmin(UUID tenant) throws Exception {
    JsonObject started = admin("POST", "/admin/salesforce/tenants/" + tenant + "/connect", "{\"role\":\"ADMIN\"}");
    URI authorize = URI.create(started.getString("authorizeUrl"));
    String form = authorize.getRawQuery() + "&" + formEncode(Map.of(
        "username", Users.INTEGRATION_USERNAME, "password", ADMIN_PASSWORD, "decision", "allow"));
    HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(
                URI.create(salesforce.baseUrl() + "/services/oauth2/authorize"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    String callback = allowed.headers().firstValue("Location")
        .orElseThrow(() -> new IOException("the emulator's login answered " + allowed.statusCode()
            + " without a redirect: " + allowed.body()));
    HttpResponse<String> connected = http.send(HttpRequest.newBuilder(URI.create(callback)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (connected.statusCode() >= 400) {
      throw new IOException("the OAuth callback answered " + connected.statusCode() + ": " + connected.body());
    }
  }

  /** Polls the sync status until the run that connecting the org started has finished. */
  private JsonObject firstSync(UUID tenant) throws Exception {
    Instant deadline = Instant.now().plus(FIRST_SYNC_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      JsonObject status = admin("GET", "/admin/sync/tenants/" + tenant, null);
      JsonArray runs = status.getJsonArray("runs");
      if (!status.getBoolean("running") && !runs.isEmpty()
          && !"RUNNING".equals(runs.getJsonObject(0).getString("status"))) {
        return runs.getJsonObject(0);
      }
      Thread.sleep(500);
    }
    throw new IOException("the first sync did not finish within " + FIRST_SYNC_TIMEOUT);
  }

  private JsonObject admin(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
        .header("Authorization", "Bearer " + data.operatorToken())
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 400) {
      throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body());
  }

  private static String formEncode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
