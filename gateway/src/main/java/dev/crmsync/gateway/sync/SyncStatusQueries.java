package dev.crmsync.gateway.sync;

/** The SQL of sync status and scheduling (Vert.x client placeholders). */
final class SyncStatusQueries {
  /** Connected tenants whose last run started longer ago than their interval, or that never ran. */
  static final String DUE_TENANTS = """
      SELECT t.id FROM tenant t
      WHERE t.disconnected_at IS NULL
        AND EXISTS (SELECT 1 FROM salesforce_connection c
                    WHERE c.tenant_id = t.id AND c.role IN ('ADMIN', 'INTEGRATION') AND c.revoked_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM sync_run r
                        WHERE r.tenant_id = t.id
                          AND r.started_at > now() - make_interval(secs => t.sync_interval_seconds))""";

  static final String TENANT = "SELECT sync_interval_seconds FROM tenant WHERE id = $1";

  static final String RECENT_RUNS = """
      SELECT id, mode, status, started_at, finished_at, api_calls, object_counts, error
      FROM sync_run WHERE tenant_id = $1 ORDER BY started_at DESC, id DESC LIMIT $2""";

  static final String LAST_SYNCED = """
      SELECT max(finished_at) FROM sync_run WHERE tenant_id = $1 AND status = 'SUCCEEDED'""";

  static final String WATERMARKS = "SELECT sobject, system_modstamp FROM sync_watermark WHERE tenant_id = $1";

  static final String RECORD_COUNTS = """
      SELECT sobject, count(*) AS records FROM crm_record WHERE tenant_id = $1 GROUP BY sobject""";

  static final String SET_INTERVAL = "UPDATE tenant SET sync_interval_seconds = $2 WHERE id = $1";

  static final String CLEAR_MAPPING = "DELETE FROM sync_field_mapping WHERE tenant_id = $1";

  static final String ADD_MAPPING = "INSERT INTO sync_field_mapping (tenant_id, sobject, field) VALUES ($1, $2, $3)";

  static final String MAPPING = "SELECT sobject, field FROM sync_field_mapping WHERE tenant_id = $1 ORDER BY 1, 2";

  private SyncStatusQueries() {
  }
}
