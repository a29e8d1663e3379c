package dev.crmsync.gateway.match;

/** The SQL of matching. */
final class MatchQueries {
  static final String CRM_RECORDS = """
      SELECT sf_id, sobject, fields::text FROM crm_record
      WHERE tenant_id = ? AND sobject IN ('Lead', 'Contact', 'Account')""";
  static final String PEOPLE = "SELECT id, profile::text, contact_points::text FROM directory_person";
  static final String COMPANIES = "SELECT id, profile::text FROM directory_company";
  static final String OVERRIDES = """
      SELECT sf_id, action, profile_id FROM match_override WHERE tenant_id = ? ORDER BY id""";
  static final String LINKS = """
      SELECT sf_id, profile_id FROM crm_match WHERE tenant_id = ? AND decision = 'MATCH'""";
  static final String DELETE_MATCHES = "DELETE FROM crm_match WHERE tenant_id = ? AND sf_id = ANY (?)";
  /** Rows of decisions as parallel arrays: text columns in table order, the score last. */
  static final String INSERT_MATCHES = """
      INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, score,
                             explanation, stale_reasons)
      SELECT ?, d.sf_id, d.sobject, d.profile_kind, d.profile_id, d.decision, d.source, d.score,
             d.explanation::jsonb, d.stale_reasons::jsonb
      FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                  ?::float8[])
        AS d(sf_id, sobject, profile_kind, profile_id, decision, source, explanation, stale_reasons, score)""";

  private MatchQueries() {
  }
}
