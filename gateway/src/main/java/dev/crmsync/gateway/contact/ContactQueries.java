package dev.crmsync.gateway.contact;

/** The SQL of contact information. */
final class ContactQueries {
  static final String LINKED_RECORD_OF_PERSON = """
      SELECT m.sf_id, m.sobject, r.fields, t.instance_url
      FROM crm_match m
      JOIN crm_record r ON r.tenant_id = m.tenant_id AND r.sf_id = m.sf_id
      JOIN tenant t ON t.id = m.tenant_id
      WHERE m.tenant_id = $1 AND m.profile_kind = 'PERSON' AND m.profile_id = $2 AND m.decision = 'MATCH'""";

  private ContactQueries() {
  }
}
