package dev.crmsync.gateway.connect;

/** The SQL of Salesforce connections. */
final class ConnectQueries {
  static final String TENANT_EXISTS = "SELECT 1 FROM tenant WHERE id = $1";

  static final String INSERT_PENDING = """
      INSERT INTO oauth_pending (state, tenant_id, role, login_url, code_verifier) VALUES ($1, $2, $3, $4, $5)""";

  /** Single use: the row goes as it is read; flows older than ten minutes are void. */
  static final String TAKE_PENDING = """
      DELETE FROM oauth_pending WHERE state = $1
      RETURNING tenant_id, role, login_url, code_verifier, created_at > now() - interval '10 minutes' AS fresh""";

  static final String UPSERT_CONNECTION = """
      INSERT INTO salesforce_connection
        (tenant_id, role, sf_user_id, username, instance_url, login_url, access_token, refresh_token,
         token_issued_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (tenant_id, role, sf_user_id) DO UPDATE SET
        username = COALESCE(EXCLUDED.username, salesforce_connection.username),
        instance_url = EXCLUDED.instance_url, login_url = EXCLUDED.login_url,
        access_token = EXCLUDED.access_token,
        refresh_token = COALESCE(EXCLUDED.refresh_token, salesforce_connection.refresh_token),
        token_issued_at = EXCLUDED.token_issued_at, revoked_at = NULL, updated_at = now()
      RETURNING id""";

  static final String BIND_TENANT_ORG = """
      UPDATE tenant SET sf_org_id = $2, instance_url = $3, disconnected_at = NULL WHERE id = $1""";

  static final String SAVE_RENEWED = """
      UPDATE salesforce_connection
      SET access_token = $2, refresh_token = COALESCE($3, refresh_token), token_issued_at = $4, updated_at = now()
      WHERE id = $1""";

  private static final String CONNECTION_COLUMNS = """
      id, tenant_id, role, sf_user_id, username, instance_url, login_url, access_token, refresh_token""";

  static final String CONNECTION_BY_ID = "SELECT " + CONNECTION_COLUMNS
      + " FROM salesforce_connection WHERE id = $1 AND revoked_at IS NULL";

  /** The sync reads as the integration user when there is one, else as the admin who connected the org. */
  static final String SYNC_CONNECTION = "SELECT " + CONNECTION_COLUMNS + """
       FROM salesforce_connection
      WHERE tenant_id = $1 AND role IN ('INTEGRATION', 'ADMIN') AND revoked_at IS NULL
      ORDER BY role = 'INTEGRATION' DESC, updated_at DESC LIMIT 1""";

  static final String SEAT_CONNECTION = "SELECT " + CONNECTION_COLUMNS + """
       FROM salesforce_connection
      WHERE tenant_id = $1 AND role = 'SEAT' AND sf_user_id = $2 AND revoked_at IS NULL""";

  static final String LIST_CONNECTIONS = """
      SELECT id, role, sf_user_id, username, instance_url, token_issued_at, revoked_at, created_at
      FROM salesforce_connection WHERE tenant_id = $1 ORDER BY created_at""";

  static final String MARK_REVOKED = """
      UPDATE salesforce_connection SET revoked_at = now(), access_token = NULL, refresh_token = NULL,
        updated_at = now()
      WHERE id = $1""";

  private ConnectQueries() {
  }
}
