package dev.crmsync.gateway.auth;

/** The SQL of authentication. */
final class AuthQueries {
  static final String CALLER_BY_KEY_HASH = """
      SELECT k.tenant_id, t.name AS tenant_name, k.name AS key_name
      FROM api_key k JOIN tenant t ON t.id = k.tenant_id
      WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND t.disconnected_at IS NULL""";

  static final String INSERT_KEY = """
      INSERT INTO api_key (tenant_id, name, key_hash) VALUES ($1, $2, $3)""";

  static final String TENANT_BY_ORG = """
      SELECT t.id, t.name, a.consumer_secret
      FROM tenant t LEFT JOIN tenant_widget_app a ON a.tenant_id = t.id
      WHERE t.sf_org_id = $1 AND t.disconnected_at IS NULL""";

  static final String UPSERT_SEAT = """
      INSERT INTO salesforce_connection (tenant_id, role, sf_user_id, username, instance_url)
      VALUES ($1, 'SEAT', $2, $3, $4)
      ON CONFLICT (tenant_id, role, sf_user_id)
      DO UPDATE SET username = EXCLUDED.username, instance_url = EXCLUDED.instance_url, revoked_at = NULL,
                    updated_at = now()""";

  private AuthQueries() {
  }
}
