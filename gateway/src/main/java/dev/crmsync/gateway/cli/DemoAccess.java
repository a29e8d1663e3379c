package dev.crmsync.gateway.cli;

import dev.crmsync.gateway.auth.ApiKeys;
import dev.crmsync.gateway.auth.WidgetApps;
import dev.crmsync.gateway.db.Database;
import io.vertx.sqlclient.Pool;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What the demo prints to try the user-facing side: for the first tenant, a widget app whose frame ancestor is
 * this gateway (so the demo's stand-in Salesforce page may frame the widget), a fresh API key, the URL of a
 * matched record's page and curl examples for badges and search.
 */
final class DemoAccess {
  static final String FIRST_TENANT = "SELECT id, name FROM tenant ORDER BY created_at LIMIT 1";
  static final String SAMPLE_MATCH = """
      SELECT sf_id, profile_id FROM crm_match
      WHERE tenant_id = ?::uuid AND decision = 'MATCH' AND profile_kind = 'PERSON'
      ORDER BY score DESC NULLS LAST LIMIT 1""";
  /** Before the first match run, a contact still shows the widget: with a live suggestion. */
  static final String SAMPLE_RECORD = """
      SELECT sf_id, NULL FROM crm_record WHERE tenant_id = ?::uuid AND sobject = 'Contact' ORDER BY sf_id LIMIT 1""";
  private static final long TIMEOUT_SECONDS = 30;

  private DemoAccess() {
  }

  /** Prints the demo's entry points, or says what is missing when no tenant is connected yet. */
  static void print(RunningGateway running, String base, PrintStream out) throws Exception {
    Database database = running.database();
    Optional<String[]> tenant = first(database, FIRST_TENANT, List.of());
    if (tenant.isEmpty()) {
      out.println("  widget:  no tenant is connected yet; its demo page appears after the first sync");
      return;
    }
    UUID tenantId = UUID.fromString(tenant.get()[0]);
    Pool pool = running.gateway().pool();
    new WidgetApps(pool).register(tenantId, randomSecret(), List.of(base)).await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    String key = new ApiKeys(pool).mint(tenantId, "demo").await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Optional<String[]> match = first(database, SAMPLE_MATCH, List.of(tenantId.toString()));
    Optional<String[]> sample = match.or(() -> firstQuietly(database, SAMPLE_RECORD, tenantId));
    String recordId = sample.map(m -> m[0].trim()).orElse("<record id>");
    String personId = match.map(m -> m[1]).orElse("<person id>");
    out.printf("""
          widget:  %1$s/demo/salesforce/%2$s   (a Salesforce record page of %3$s framing the widget)
          API key: %4$s   (tenant %3$s; shown once, stored hashed)
          curl -s -H 'X-API-Key: %4$s' -H 'Content-Type: application/json' \\
               -d '{"people":["%5$s"]}' %1$s/api/v1/badges
          curl -s -H 'X-API-Key: %4$s' '%1$s/api/v1/search/people?q=a&crm=in&limit=5'
          curl -s -H 'X-API-Key: %4$s' %1$s/api/v1/records/%2$s
        """, base, recordId, tenant.get()[1], key, personId);
  }

  private static Optional<String[]> first(Database database, String sql, List<String> params) throws Exception {
    try (Connection connection = database.openConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        statement.setString(i + 1, params.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(new String[] {rows.getString(1), rows.getString(2)}) : Optional.empty();
      }
    }
  }

  private static Optional<String[]> firstQuietly(Database database, String sql, UUID tenantId) {
    try {
      return first(database, sql, List.of(tenantId.toString()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read a sample record", e);
    }
  }

  private static String randomSecret() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
