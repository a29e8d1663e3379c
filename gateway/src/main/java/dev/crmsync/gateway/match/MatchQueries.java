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
  static final String INSERT_MATCH = """
      INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, score,
                             explanation, stale_reasons)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

  private MatchQueries() {
  }
}
