package dev.crmsync.gateway.sync;

/** The SQL of the sync (JDBC placeholders). */
final class SyncQueries {
  /** One tenant syncs on one connection at a time, across gateway nodes. */
  static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended('crm-sync:sync:' || ?, 0))";

  static final String INTERRUPT_STALE_RUNS = """
      UPDATE sync_run SET status = 'FAILED', finished_at = now(),
        error = 'interrupted: the process stopped during the run; the next run resumes from the last commit'
      WHERE tenant_id = ? AND status = 'RUNNING'""";

  static final String HAS_WATERMARK = "SELECT EXISTS (SELECT 1 FROM sync_watermark WHERE tenant_id = ?)";

  static final String LAST_FULL_KEY_SET = """
      SELECT max(started_at) FROM sync_run
      WHERE tenant_id = ? AND status = 'SUCCEEDED' AND mode IN ('FULL', 'KEY_SCAN')""";

  static final String START_RUN = "INSERT INTO sync_run (tenant_id, mode, status) VALUES (?, ?, 'RUNNING') RETURNING id";

  static final String SAVE_PROGRESS = "UPDATE sync_run SET object_counts = ?::jsonb, api_calls = ? WHERE id = ?";

  static final String FINISH_RUN = """
      UPDATE sync_run SET status = ?, finished_at = now(), object_counts = ?::jsonb, api_calls = ?, error = ?
      WHERE id = ?""";

  static final String CUSTOM_FIELDS = "SELECT sobject, field FROM sync_field_mapping WHERE tenant_id = ?";

  static final String WATERMARK = "SELECT system_modstamp FROM sync_watermark WHERE tenant_id = ? AND sobject = ?";

  static final String SAVE_WATERMARK = """
      INSERT INTO sync_watermark (tenant_id, sobject, system_modstamp) VALUES (?, ?, ?)
      ON CONFLICT (tenant_id, sobject) DO UPDATE
        SET system_modstamp = GREATEST(sync_watermark.system_modstamp, EXCLUDED.system_modstamp)""";

  static final String CREATE_STAGE = """
      CREATE TEMP TABLE IF NOT EXISTS sync_stage (
        sf_id char(18) NOT NULL, fields jsonb NOT NULL, system_modstamp timestamptz NOT NULL,
        deleted boolean NOT NULL
      ) ON COMMIT DELETE ROWS""";

  static final String COPY_STAGE = "COPY sync_stage (sf_id, fields, system_modstamp, deleted) FROM STDIN";

  /**
   * Applies a staged batch: the newest version of each id wins, deletes remove, the rest upsert. A row that did
   * not change (the overlap of the watermark brings some back) is not written and not reported.
   */
  static final String MERGE_STAGE = """
      WITH staged AS (
        SELECT DISTINCT ON (sf_id) sf_id, fields, system_modstamp, deleted
        FROM sync_stage ORDER BY sf_id, system_modstamp DESC
      ), removed AS (
        DELETE FROM crm_record r USING staged s
        WHERE s.deleted AND r.tenant_id = ? AND r.sf_id = s.sf_id
        RETURNING r.sf_id
      ), upserted AS (
        INSERT INTO crm_record AS r (tenant_id, sf_id, sobject, fields, system_modstamp)
        SELECT ?, sf_id, ?, fields, system_modstamp FROM staged WHERE NOT deleted
        ON CONFLICT (tenant_id, sf_id) DO UPDATE
          SET sobject = EXCLUDED.sobject, fields = EXCLUDED.fields, system_modstamp = EXCLUDED.system_modstamp,
              synced_at = now()
          WHERE r.system_modstamp <= EXCLUDED.system_modstamp
            AND (r.fields IS DISTINCT FROM EXCLUDED.fields OR r.system_modstamp <> EXCLUDED.system_modstamp)
        RETURNING r.sf_id, (r.xmax = 0) AS inserted
      )
      SELECT 'D' AS change, sf_id FROM removed
      UNION ALL
      SELECT CASE WHEN inserted THEN 'I' ELSE 'U' END, sf_id FROM upserted""";

  static final String REJECT_ROW = "INSERT INTO sync_rejected_row (run_id, sobject, sf_id, reason) VALUES (?, ?, ?, ?)";

  static final String CREATE_KEYS = """
      CREATE TEMP TABLE IF NOT EXISTS sync_keys (sf_id char(18) NOT NULL) ON COMMIT DELETE ROWS""";

  static final String COPY_KEYS = "COPY sync_keys (sf_id) FROM STDIN";

  static final String DELETE_UNSEEN = """
      DELETE FROM crm_record r
      WHERE r.tenant_id = ? AND r.sobject = ? AND NOT EXISTS (SELECT 1 FROM sync_keys k WHERE k.sf_id = r.sf_id)
      RETURNING r.sf_id""";

  private SyncQueries() {
  }
}
