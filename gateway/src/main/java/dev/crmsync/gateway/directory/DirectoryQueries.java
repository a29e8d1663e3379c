package dev.crmsync.gateway.directory;

/** The SQL of directory import. */
final class DirectoryQueries {
  /** Only one import runs at a time, over every node: a session lock, freed if the importing process dies. */
  static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtext('crm-sync directory import'))";

  /** Closing the connection frees the lock too, but only once the server has noticed: unlocking is at once. */
  static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('crm-sync directory import'))";

  /**
   * A batch is thousands of rows against a table of millions: without this the planner may hash the whole table
   * once per batch, instead of looking each id of the batch up in the primary key.
   */
  static final String PREFER_INDEX_LOOKUPS =
      "SELECT set_config('enable_hashjoin', 'off', false), set_config('enable_mergejoin', 'off', false)";

  // Parameters: text[] of ids, profiles, contact points and hex SHA-256 hashes, in the same order.
  // The anti-join leaves unchanged rows alone: ON CONFLICT ... WHERE alone would still lock (write) them.
  // xmax = 0 tells a fresh insert from an update.
  static final String MERGE_PEOPLE = """
      INSERT INTO directory_person AS p (id, profile, contact_points, content_hash)
      SELECT s.id, s.profile::jsonb, s.contact_points::jsonb, s.content_hash
      FROM (SELECT id, profile, contact_points, decode(hash, 'hex') AS content_hash
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u (id, profile, contact_points, hash)) s
      LEFT JOIN directory_person old ON old.id = s.id
      WHERE old.content_hash IS DISTINCT FROM s.content_hash
      ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile, contact_points = EXCLUDED.contact_points,
        content_hash = EXCLUDED.content_hash, updated_at = now()
      WHERE p.content_hash IS DISTINCT FROM EXCLUDED.content_hash
      RETURNING p.id, p.xmax = 0 AS inserted""";

  static final String MERGE_COMPANIES = """
      INSERT INTO directory_company AS c (id, profile, content_hash)
      SELECT s.id, s.profile::jsonb, s.content_hash
      FROM (SELECT id, profile, decode(hash, 'hex') AS content_hash
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u (id, profile, contact_points, hash)) s
      LEFT JOIN directory_company old ON old.id = s.id
      WHERE old.content_hash IS DISTINCT FROM s.content_hash
      ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile, content_hash = EXCLUDED.content_hash,
        updated_at = now()
      WHERE c.content_hash IS DISTINCT FROM EXCLUDED.content_hash
      RETURNING c.id, c.xmax = 0 AS inserted""";

  static final String DELETE_PEOPLE = "DELETE FROM directory_person WHERE id = ANY (?) RETURNING id";
  static final String DELETE_COMPANIES = "DELETE FROM directory_company WHERE id = ANY (?) RETURNING id";

  static final String FAIL_ABANDONED_IMPORTS = """
      UPDATE directory_import SET status = 'FAILED', finished_at = now(),
        error = 'interrupted: the process running it stopped'
      WHERE status = 'RUNNING'""";

  static final String INSERT_IMPORT = "INSERT INTO directory_import (path, status) VALUES (?, 'RUNNING') RETURNING id";

  static final String UPDATE_IMPORT_PROGRESS = "UPDATE directory_import SET progress = ?::jsonb WHERE id = ?";

  static final String FINISH_IMPORT = """
      UPDATE directory_import SET status = 'SUCCEEDED', summary = ?::jsonb, finished_at = now() WHERE id = ?""";

  static final String FAIL_IMPORT =
      "UPDATE directory_import SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ?";

  /** For the non-blocking client: $1 is the import id. */
  static final String FIND_IMPORT = """
      SELECT id, path, status, progress, summary, error, started_at, finished_at
      FROM directory_import WHERE id = $1""";

  private DirectoryQueries() {
  }
}
