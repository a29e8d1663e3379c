package dev.crmsync.gateway.search;

/**
 * The SQL of directory search. A search is the SELECT, then one filter clause per criterion given (each a
 * substring test served by the trigram indexes of V5_2), then the paging tail.
 */
final class SearchQueries {
  static final String PEOPLE = """
      SELECT p.id, p.profile, m.sf_id, m.sobject, t.instance_url
      FROM directory_person p
      LEFT JOIN crm_match m
        ON m.tenant_id = $1 AND m.profile_kind = 'PERSON' AND m.profile_id = p.id AND m.decision = 'MATCH'
      LEFT JOIN tenant t ON t.id = m.tenant_id
      WHERE true""";

  static final String COMPANIES = """
      SELECT c.id, c.profile, m.sf_id, m.sobject, t.instance_url
      FROM directory_company c
      LEFT JOIN crm_match m
        ON m.tenant_id = $1 AND m.profile_kind = 'COMPANY' AND m.profile_id = c.id AND m.decision = 'MATCH'
      LEFT JOIN tenant t ON t.id = m.tenant_id
      WHERE true""";

  static final String PERSON_TEXT = " AND person_search_text(p.profile) LIKE $%d";
  static final String PERSON_NAME = " AND person_name_text(p.profile) LIKE $%d";
  static final String PERSON_TITLE = " AND person_title_text(p.profile) LIKE $%d";
  static final String PERSON_COMPANY = " AND person_company_text(p.profile) LIKE $%d";
  static final String PERSON_LOCATION = " AND location_text(p.profile) LIKE $%d";
  static final String COMPANY_TEXT = " AND company_search_text(c.profile) LIKE $%d";
  static final String COMPANY_NAME = " AND company_name_text(c.profile) LIKE $%d";
  static final String COMPANY_LOCATION = " AND location_text(c.profile) LIKE $%d";

  static final String ONLY_IN_CRM = " AND m.sf_id IS NOT NULL";
  static final String ONLY_OUT_OF_CRM = " AND m.sf_id IS NULL";

  static final String PAGE = " ORDER BY 1 LIMIT $%d OFFSET $%d";

  private SearchQueries() {
  }
}
