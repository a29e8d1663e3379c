-- Gateways take an API key found live again without reading api_key each time, and LISTEN on channel
-- api_key_changed to forget what they took: after any statement that revokes, changes or deletes keys, or
-- disconnects or deletes a tenant (whose keys then stop), one notification without payload.

CREATE FUNCTION api_key_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('api_key_changed', '');
  RETURN NULL;
END $$;

CREATE TRIGGER api_key_changed AFTER UPDATE OR DELETE ON api_key
  FOR EACH STATEMENT EXECUTE FUNCTION api_key_notify();
CREATE TRIGGER tenant_keys_changed AFTER UPDATE OF disconnected_at, name OR DELETE ON tenant
  FOR EACH STATEMENT EXECUTE FUNCTION api_key_notify();
