-- Salesforce connections and sync (issue 4).

-- Where a connection's tokens are refreshed and revoked: the login host or My Domain it was granted by.
ALTER TABLE salesforce_connection ADD COLUMN login_url text;

-- OAuth flows started and not yet called back. The state is single-use; the PKCE verifier is encrypted like
-- the tokens.
CREATE TABLE oauth_pending (
  state         text PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('ADMIN', 'SEAT')),
  login_url     text NOT NULL,
  code_verifier bytea NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Custom fields (such as Region__c) a tenant imports on top of the standard ones, per object.
CREATE TABLE sync_field_mapping (
  tenant_id uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  sobject   text NOT NULL,
  field     text NOT NULL CHECK (field ~ '^[A-Za-z][A-Za-z0-9_]*$'),
  PRIMARY KEY (tenant_id, sobject, field)
);

-- Changed rows are found by time when a consumer (the matcher) missed a notification.
CREATE INDEX crm_record_by_synced_at ON crm_record (tenant_id, synced_at);
