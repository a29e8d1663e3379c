-- Gateways keep each tenant's MATCH links in memory to answer badges without a query, and LISTEN on channel
-- crm_match_changed to stay current. After every statement that changes crm_match, one notification per tenant:
-- "<tenant id> <KIND>:<profile id> ..." naming the profiles whose rows changed, or only "<tenant id>" when more
-- than 64 did or the tenant's instance URL changed (the gateway then reloads the tenant). PostgreSQL delivers
-- identical payloads of one transaction once, so a rematch written in large statements costs one reload.

CREATE FUNCTION crm_match_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
BEGIN
  FOR changed IN SELECT tenant_id, count(*) AS profiles FROM changed_rows GROUP BY tenant_id LOOP
    PERFORM pg_notify('crm_match_changed', changed.tenant_id::text || CASE
      WHEN changed.profiles <= 64 THEN (
        SELECT string_agg(DISTINCT ' ' || profile_kind || ':' || profile_id, '')
        FROM changed_rows WHERE tenant_id = changed.tenant_id)
      ELSE '' END);
  END LOOP;
  RETURN NULL;
END $$;

-- Every trigger names its transition table changed_rows, so one function serves them all; an UPDATE may move a
-- link from one profile to another, so both its old and its new rows are announced.
CREATE TRIGGER crm_match_inserted AFTER INSERT ON crm_match
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_match_notify();
CREATE TRIGGER crm_match_deleted AFTER DELETE ON crm_match
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_match_notify();
CREATE TRIGGER crm_match_updated_from AFTER UPDATE ON crm_match
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_match_notify();
CREATE TRIGGER crm_match_updated_to AFTER UPDATE ON crm_match
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_match_notify();

-- Badges carry deep links built on the tenant's instance URL.
CREATE FUNCTION tenant_instance_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('crm_match_changed', NEW.id::text);
  RETURN NULL;
END $$;

CREATE TRIGGER tenant_instance_changed AFTER UPDATE OF instance_url ON tenant
  FOR EACH ROW WHEN (OLD.instance_url IS DISTINCT FROM NEW.instance_url) EXECUTE FUNCTION tenant_instance_notify();
