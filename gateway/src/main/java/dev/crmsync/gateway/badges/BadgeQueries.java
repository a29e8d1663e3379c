package dev.crmsync.gateway.badges;

/** The SQL of badges. */
final class BadgeQueries {
  /**
   * One row per id asked, in the order asked, with its MATCH link if any; served by the partial unique index
   * crm_match_one_record_per_profile.
   */
  static final String LINKS_OF_PROFILES = """
      SELECT q.kind, q.id, m.sf_id, m.sobject, m.stale_reasons, t.instance_url
      FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS q (kind, id, ord)
      LEFT JOIN crm_match m
        ON m.tenant_id = $1 AND m.profile_kind = q.kind AND m.profile_id = q.id AND m.decision = 'MATCH'
      LEFT JOIN tenant t ON t.id = m.tenant_id
      ORDER BY q.ord""";

  private BadgeQueries() {
  }
}
