package dev.crmsync.gateway.rematch;

/** The SQL of record links and manual decisions. */
final class RematchQueries {
  static final String RECORD = """
      SELECT r.sf_id, r.sobject, r.fields, t.instance_url
      FROM crm_record r JOIN tenant t ON t.id = r.tenant_id
      WHERE r.tenant_id = $1 AND r.sf_id = $2""";

  /** The record, locked so that decisions on one record are applied one after another. */
  static final String LOCK_RECORD = "SELECT sobject FROM crm_record WHERE tenant_id = $1 AND sf_id = $2 FOR UPDATE";

  static final String MATCH = """
      SELECT profile_kind, profile_id, decision, source, score, explanation, stale_reasons, decided_at
      FROM crm_match WHERE tenant_id = $1 AND sf_id = $2""";

  static final String OVERRIDES = """
      SELECT action, profile_kind, profile_id, previous_profile_id, actor, created_at
      FROM match_override WHERE tenant_id = $1 AND sf_id = $2 ORDER BY id DESC""";

  static final String PERSON_PROFILE = "SELECT profile FROM directory_person WHERE id = $1";
  static final String COMPANY_PROFILE = "SELECT profile FROM directory_company WHERE id = $1";

  /** Another record of the tenant holding the profile: a profile links to one record only. */
  static final String RECORD_HOLDING_PROFILE = """
      SELECT sf_id FROM crm_match
      WHERE tenant_id = $1 AND profile_kind = $2 AND profile_id = $3 AND decision = 'MATCH' AND sf_id <> $4
      FOR UPDATE""";

  /** A manual link keeps the model's score and explanation when it confirms the same profile. */
  static final String UPSERT_MANUAL_MATCH = """
      INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, decided_at)
      VALUES ($1, $2, $3, $4, $5, 'MATCH', 'MANUAL', now())
      ON CONFLICT (tenant_id, sf_id) DO UPDATE SET
        profile_kind = EXCLUDED.profile_kind,
        profile_id = EXCLUDED.profile_id,
        decision = 'MATCH',
        source = 'MANUAL',
        decided_at = now(),
        score = CASE WHEN crm_match.profile_id = EXCLUDED.profile_id THEN crm_match.score END,
        explanation = CASE WHEN crm_match.profile_id = EXCLUDED.profile_id THEN crm_match.explanation ELSE '{}' END,
        stale_reasons = CASE WHEN crm_match.profile_id = EXCLUDED.profile_id
                             THEN crm_match.stale_reasons ELSE '[]' END""";

  static final String DELETE_MATCH = "DELETE FROM crm_match WHERE tenant_id = $1 AND sf_id = $2";

  static final String CURRENT_PROFILE = "SELECT profile_id FROM crm_match WHERE tenant_id = $1 AND sf_id = $2";

  static final String INSERT_OVERRIDE = """
      INSERT INTO match_override (tenant_id, sf_id, action, profile_kind, profile_id, previous_profile_id, actor)
      VALUES ($1, $2, $3, $4, $5, $6, $7)""";

  static final String LIVE_PERSON = """
      SELECT p.id, p.profile,
             p.contact_points @> jsonb_build_object('emails', jsonb_build_array($2::text)) AS email_match,
             similarity(person_name_text(p.profile), $3) AS name_similarity
      FROM directory_person p
      WHERE (p.contact_points @> jsonb_build_object('emails', jsonb_build_array($2::text))
             OR person_name_text(p.profile) % $3)
        AND NOT p.id = ANY($4)
        AND NOT EXISTS (SELECT 1 FROM crm_match m WHERE m.tenant_id = $1 AND m.profile_kind = 'PERSON'
                        AND m.profile_id = p.id AND m.decision = 'MATCH')
      ORDER BY email_match DESC, name_similarity DESC, p.id
      LIMIT 1""";

  static final String LIVE_COMPANY = """
      SELECT c.id, c.profile, false AS email_match, similarity(company_name_text(c.profile), $2) AS name_similarity
      FROM directory_company c
      WHERE company_name_text(c.profile) % $2
        AND NOT c.id = ANY($3)
        AND NOT EXISTS (SELECT 1 FROM crm_match m WHERE m.tenant_id = $1 AND m.profile_kind = 'COMPANY'
                        AND m.profile_id = c.id AND m.decision = 'MATCH')
      ORDER BY name_similarity DESC, c.id
      LIMIT 1""";

  static final String CRM_ACCOUNTS = """
      SELECT r.sf_id, r.fields, t.instance_url, m.profile_id
      FROM crm_record r
      JOIN tenant t ON t.id = r.tenant_id
      LEFT JOIN crm_match m ON m.tenant_id = r.tenant_id AND m.sf_id = r.sf_id AND m.decision = 'MATCH'
      WHERE r.tenant_id = $1 AND r.sobject = 'Account' AND lower(r.fields ->> 'Name') LIKE $2
      ORDER BY similarity(lower(r.fields ->> 'Name'), $3) DESC, r.sf_id
      LIMIT $4""";

  private RematchQueries() {
  }
}
