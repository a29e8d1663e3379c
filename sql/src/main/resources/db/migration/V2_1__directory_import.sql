-- Directory imports started through the operator API: their progress while they run, then their summary, so that
-- any gateway node can answer how an import is going. Summaries hold counts and rejection reasons, never values.
CREATE TABLE directory_import (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  path        text NOT NULL,
  status      text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
  progress    jsonb,
  summary     jsonb,
  error       text,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
