package dev.crmsync.gateway.directory;

/** The SQL of directory import. */
final class DirectoryQueries {
  /** Only one import runs at a time, over every node: a session lock, freed if the importing process dies. */
  static final String TRY_LOCK = "SELECT pg_try_advisory_lock(hashtext('crm-sync directory import'))";

  /** Closing the connection frees the lock too, but only once the server has noticed: unlocking is at once. */
  static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('crm-sync directory import'))";

  /**
   * A batch is thousands of rows against a table of millions: left to itself the planner may scan or hash the
   * whole table once per batch. Looking each id up in the primary key is right in every case, and this
   * connection runs nothing but the import's statements.
   */
  static final String PREFER_INDEX_LOOKUPS = """
      SELECT set_config('enable_hashjoin', 'off', false), set_config('enable_mergejoin', 'off', false),
        set_config('enable_seqscan', 'off', false)""";

  /** When the import started, by the database's clock: rows written since were written by this import. */
  static final String NOW = "SELECT clock_timestamp()";

  // Parameters: the import's start, then text[] of ids. A row written by this import already is a duplicate id.
  static final String PEOPLE_HASHES =
      "SELECT id, content_hash, updated_at >= ? AS this_import FROM directory_person WHERE id = ANY (?)";
  static final String COMPANY_HASHES =
      "SELECT id, content_hash, updated_at >= ? AS this_import FROM directory_company WHERE id = ANY (?)";

  static final String COPY_PEOPLE =
      "COPY directory_person (id, profile, contact_points, content_hash) FROM STDIN (FORMAT text)";
  static final String COPY_COMPANIES = "COPY directory_company (id, profile, content_hash) FROM STDIN (FORMAT text)";

  // Parameters: text[] of ids, profiles, contact points and hex SHA-256 hashes, in the same order.
  static final String UPDATE_PEOPLE = """
      UPDATE directory_person p
      SET profile = u.profile::jsonb, contact_points = u.contact_points::jsonb,
        content_hash = decode(u.hash, 'hex'), updated_at = now()
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u (id, profile, contact_points, hash)
      WHERE p.id = u.id""";

  static final String UPDATE_COMPANIES = """
      UPDATE directory_company c
      SET profile = u.profile::jsonb, content_hash = decode(u.hash, 'hex'), updated_at = now()
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u (id, profile, contact_points, hash)
      WHERE c.id = u.id""";

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
