package dev.crmsync.gateway.cli;

/** The SQL that seeds the badge benchmark's tenant: N records, each matched to one person. */
final class BenchmarkQueries {
  static final String TENANT = """
      INSERT INTO tenant (id, name, sf_org_id, instance_url)
      VALUES (?::uuid, 'Benchmark', '00D000000000099AAA', 'https://bench.my.salesforce.com')""";

  /** Record ids are 003 + 12 digits + AAA: digits only, so AAA is the right checksum. */
  static final String RECORDS = """
      INSERT INTO crm_record (tenant_id, sf_id, sobject, fields, system_modstamp)
      SELECT ?::uuid, '003' || lpad(i::text, 12, '0') || 'AAA', 'Contact',
             jsonb_build_object('LastName', 'Person ' || i, 'Email', 'p' || i || '@example.com'), now()
      FROM generate_series(1, ?) AS i""";

  /** One match in ten has a stale field, so the benchmark reads reasons too. */
  static final String MATCHES = """
      INSERT INTO crm_match (tenant_id, sf_id, sobject, profile_kind, profile_id, decision, source, score,
                             stale_reasons)
      SELECT ?::uuid, '003' || lpad(i::text, 12, '0') || 'AAA', 'Contact', 'PERSON', 'p' || lpad(i::text, 7, '0'),
             'MATCH', 'MODEL', 0.95,
             CASE WHEN i % 10 = 0 THEN '[{"field":"Title","crm":"Buyer","directory":"Head of Buying"}]'::jsonb
                  ELSE '[]'::jsonb END
      FROM generate_series(1, ?) AS i""";

  static final String ANALYZE = "ANALYZE crm_record, crm_match";

  private BenchmarkQueries() {
  }
}
