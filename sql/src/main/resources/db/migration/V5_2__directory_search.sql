-- Directory search (name, title, company, location) and the CRM account search of "Rematch Account".
-- Trigram indexes serve substring filters of any length; the texts are computed by immutable functions so
-- that queries and indexes use the very same expression.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION person_name_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(coalesce(profile ->> 'firstName', '') || ' ' || coalesce(profile ->> 'lastName', ''));

CREATE FUNCTION person_title_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(coalesce(profile ->> 'headline', '') || ' '
    || jsonb_path_query_array(profile, '$.positions[*] ? (@.current == true).title')::text);

CREATE FUNCTION person_company_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(jsonb_path_query_array(profile, '$.positions[*] ? (@.current == true).companyName')::text);

CREATE FUNCTION location_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(coalesce(profile #>> '{location,city}', '') || ' ' || coalesce(profile #>> '{location,state}', '')
    || ' ' || coalesce(profile #>> '{location,country}', ''));

CREATE FUNCTION person_search_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN person_name_text(profile) || ' ' || person_title_text(profile) || ' ' || person_company_text(profile)
    || ' ' || location_text(profile);

CREATE FUNCTION company_name_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN lower(coalesce(profile ->> 'name', ''));

CREATE FUNCTION company_search_text(profile jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN company_name_text(profile) || ' ' || coalesce(lower(profile ->> 'industry'), '') || ' '
    || lower(coalesce(profile -> 'domains', '[]')::text) || ' ' || location_text(profile);

CREATE INDEX directory_person_search ON directory_person USING gin (person_search_text(profile) gin_trgm_ops);
CREATE INDEX directory_person_name ON directory_person USING gin (person_name_text(profile) gin_trgm_ops);
-- live lookups of records not matched yet look people up by a CRM e-mail
CREATE INDEX directory_person_contact ON directory_person USING gin (contact_points jsonb_path_ops);
CREATE INDEX directory_company_search ON directory_company USING gin (company_search_text(profile) gin_trgm_ops);
CREATE INDEX directory_company_name ON directory_company USING gin (company_name_text(profile) gin_trgm_ops);

CREATE INDEX crm_record_account_name ON crm_record USING gin (lower(fields ->> 'Name') gin_trgm_ops)
  WHERE sobject = 'Account';
