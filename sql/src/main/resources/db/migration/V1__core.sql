-- The core schema. Applied migrations are never edited: later changes come as new V<n>__*.sql files.

-- One tenant per customer contract, bound to at most one Salesforce org.
CREATE TABLE tenant (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                  text NOT NULL,
  sf_org_id             char(18) UNIQUE,
  instance_url          text,
  sync_interval_seconds integer NOT NULL DEFAULT 600 CHECK (sync_interval_seconds > 0),
  created_at            timestamptz NOT NULL DEFAULT now(),
  disconnected_at       timestamptz
);

-- An OAuth grant: the admin who connected the org, the integration user, or one seat holder.
-- Tokens are AES-GCM ciphertexts (nonce followed by ciphertext and tag); the key never reaches the database.
CREATE TABLE salesforce_connection (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  role            text NOT NULL CHECK (role IN ('ADMIN', 'INTEGRATION', 'SEAT')),
  sf_user_id      char(18) NOT NULL,
  username        text,
  instance_url    text NOT NULL,
  access_token    bytea,
  refresh_token   bytea,
  token_issued_at timestamptz,
  revoked_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, role, sf_user_id)
);

-- Imported CRM records of every synced object, keyed by the 18-character id. The fields are kept as
-- Salesforce sent them (standard and mapped custom fields alike); a delete in the CRM deletes the row.
CREATE TABLE crm_record (
  tenant_id       uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  sf_id           char(18) NOT NULL,
  sobject         text NOT NULL,
  fields          jsonb NOT NULL,
  system_modstamp timestamptz NOT NULL,
  synced_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, sf_id)
);
CREATE INDEX crm_record_by_object ON crm_record (tenant_id, sobject);

-- The directory, shared by all tenants. Private contact points (e-mails, phones) are kept apart from the
-- public profile: they are evidence for matching and are never served.
CREATE TABLE directory_company (
  id           text PRIMARY KEY,
  profile      jsonb NOT NULL,
  content_hash bytea NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE directory_person (
  id             text PRIMARY KEY,
  profile        jsonb NOT NULL,
  contact_points jsonb NOT NULL DEFAULT '{}',
  content_hash   bytea NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The current link of each CRM record: one row per record, its single best profile.
CREATE TABLE crm_match (
  tenant_id     uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  sf_id         char(18) NOT NULL,
  sobject       text NOT NULL,
  profile_kind  text NOT NULL CHECK (profile_kind IN ('PERSON', 'COMPANY')),
  profile_id    text NOT NULL,
  decision      text NOT NULL CHECK (decision IN ('MATCH', 'REVIEW')),
  source        text NOT NULL CHECK (source IN ('MODEL', 'MANUAL')),
  score         double precision,
  explanation   jsonb NOT NULL DEFAULT '{}',
  stale_reasons jsonb NOT NULL DEFAULT '[]',
  decided_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, sf_id)
);
-- A profile links to at most one CRM record of a tenant.
CREATE UNIQUE INDEX crm_match_one_record_per_profile
  ON crm_match (tenant_id, profile_kind, profile_id) WHERE decision = 'MATCH';

-- Manual decisions, newest last. They win over the model and are shared by every user of the tenant.
CREATE TABLE match_override (
  id                  bigserial PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  sf_id               char(18) NOT NULL,
  action              text NOT NULL CHECK (action IN ('CONFIRM', 'SET', 'REJECT')),
  profile_kind        text NOT NULL CHECK (profile_kind IN ('PERSON', 'COMPANY')),
  profile_id          text NOT NULL,
  previous_profile_id text,
  actor               text NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX match_override_by_record ON match_override (tenant_id, sf_id, id);

-- One row per sync run, with per-object counts ({"Lead": {"inserted": 1, ...}, ...}).
CREATE TABLE sync_run (
  id            bigserial PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  mode          text NOT NULL CHECK (mode IN ('FULL', 'INCREMENTAL', 'KEY_SCAN')),
  status        text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'BUDGET_STOPPED')),
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  api_calls     integer NOT NULL DEFAULT 0,
  object_counts jsonb NOT NULL DEFAULT '{}',
  error         text
);
CREATE INDEX sync_run_by_tenant ON sync_run (tenant_id, started_at DESC);

-- How far each object has been synced; committed in the same transaction as the rows it covers.
CREATE TABLE sync_watermark (
  tenant_id       uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  sobject         text NOT NULL,
  system_modstamp timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, sobject)
);

-- Rows Salesforce sent that could not be stored, with the reason; they never stop a run.
CREATE TABLE sync_rejected_row (
  id         bigserial PRIMARY KEY,
  run_id     bigint NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
  sobject    text NOT NULL,
  sf_id      text,
  reason     text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
