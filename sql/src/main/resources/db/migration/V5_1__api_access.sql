-- Who may call the API and from where: per-tenant API keys, and the Salesforce side of the widget.

-- Keys of service callers. Only the SHA-256 of a key is kept; the key itself is shown once, when minted.
CREATE TABLE api_key (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  name       text NOT NULL,
  key_hash   bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX api_key_by_tenant ON api_key (tenant_id);

-- The connected app the widget runs in: its consumer secret verifies Canvas signed requests (so it must be
-- readable, unlike API keys), and the Salesforce origins allowed to frame the widget.
CREATE TABLE tenant_widget_app (
  tenant_id          uuid PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
  consumer_secret    text NOT NULL CHECK (length(consumer_secret) >= 16),
  salesforce_origins text[] NOT NULL DEFAULT '{}',
  updated_at         timestamptz NOT NULL DEFAULT now()
);
