package dev.crmsync.gateway.widget;

/** The SQL of the widget pages. */
final class WidgetQueries {
  static final String FRAME_ORIGINS = "SELECT salesforce_origins FROM tenant_widget_app WHERE tenant_id = $1";

  /** Demo only: the record with the tenant it belongs to, whichever tenant that is. */
  static final String DEMO_RECORD = """
      SELECT r.tenant_id, r.sobject, r.fields, t.sf_org_id, t.name AS tenant_name, a.consumer_secret
      FROM crm_record r
      JOIN tenant t ON t.id = r.tenant_id
      JOIN tenant_widget_app a ON a.tenant_id = r.tenant_id
      WHERE r.sf_id = $1
      LIMIT 1""";

  private WidgetQueries() {
  }
}
