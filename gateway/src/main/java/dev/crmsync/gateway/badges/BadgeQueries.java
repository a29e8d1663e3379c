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

  private BadgeQueries() {
  }
}
