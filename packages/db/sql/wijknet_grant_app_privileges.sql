-- The privileges of the request role wijknet_app. Every table with row-level security is a tenant
-- table it reads and writes (the policies decide which rows); the audit log and the delivery
-- history are append-only for it (a resolver with a bug can add rows, never change or remove
-- one); every other table in public is reference data it only reads. Views and functions grant
-- their own privileges in their files.
-- The schema access (memberships, sessions, sign-ins, API keys) is the gateway's own: the request
-- role gets nothing there, so no query in a tenancy scope reads a session or a key's hash.
--
-- A login that is not a superuser may only SET ROLE to a role it is a member of, so the login that
-- migrates (and owns the tables) is made a member.
CREATE OR REPLACE FUNCTION wijknet_grant_app_privileges() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT wijknet_app TO %I', current_user);
  END IF;
  EXECUTE 'GRANT USAGE ON SCHEMA public TO wijknet_app';
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'access') THEN
    EXECUTE 'REVOKE ALL ON SCHEMA access FROM PUBLIC, wijknet_app';
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA access FROM PUBLIC, wijknet_app';
  END IF;
  FOR t IN
    SELECT c.relname, c.relrowsecurity
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
  LOOP
    IF t.relname IN ('audit_log', 'deliveries') THEN
      EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM wijknet_app', t.relname);
      EXECUTE format('GRANT SELECT, INSERT ON %I TO wijknet_app', t.relname);
    ELSIF t.relrowsecurity THEN
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO wijknet_app', t.relname);
    ELSE
      EXECUTE format('GRANT SELECT ON %I TO wijknet_app', t.relname);
    END IF;
  END LOOP;
END
$$;

SELECT wijknet_grant_app_privileges();
