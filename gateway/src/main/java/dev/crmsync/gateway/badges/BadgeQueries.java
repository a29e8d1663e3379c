package dev.crmsync.gateway.badges;

/** The SQL of badges. */
final class BadgeQueries {
  /**
   * The MATCH links of the profiles asked that have one: two index scans with array keys over the partial unique
   * index crm_match_one_record_per_profile. The instance URL is looked up once per query (an InitPlan).
   */
  static final String LINKS_OF_PROFILES = """
      SELECT profile_kind, profile_id, sf_id, sobject, stale_reasons,
             (SELECT instance_url FROM tenant WHERE id = $1) AS instance_url
      FROM crm_match
      WHERE tenant_id = $1 AND decision = 'MATCH'
        AND ((profile_kind = 'PERSON' AND profile_id = ANY($2)) OR (profile_kind = 'COMPANY' AND profile_id = ANY($3)))""";

  /** The tenant's instance URL and how many links a full load will read (to size the maps once). */
  static final String TENANT_LINK_COUNT = """
      SELECT instance_url, (SELECT count(*) FROM crm_match WHERE tenant_id = ? AND decision = 'MATCH') AS links
      FROM tenant WHERE id = ?""";

  /** Every MATCH link of a tenant, for the in-memory copy; read through a cursor. */
  static final String ALL_LINKS = """
      SELECT profile_kind, profile_id, sf_id, sobject, stale_reasons::text
      FROM crm_match WHERE tenant_id = ? AND decision = 'MATCH'""";

  private BadgeQueries() {
  }
}
