-- Hand-written: the audit log is append-only for the request role. A resolver with a bug can add
-- rows to it, never change or remove one; only the owner (a migration, an operator) can.
CREATE OR REPLACE FUNCTION wijknet_grant_app_privileges() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  EXECUTE 'GRANT USAGE ON SCHEMA public TO wijknet_app';
  FOR t IN
    SELECT c.relname, c.relrowsecurity
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
  LOOP
    IF t.relname = 'audit_log' THEN
      EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM wijknet_app';
      EXECUTE 'GRANT SELECT, INSERT ON audit_log TO wijknet_app';
    ELSIF t.relrowsecurity THEN
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO wijknet_app', t.relname);
    ELSE
      EXECUTE format('GRANT SELECT ON %I TO wijknet_app', t.relname);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
SELECT wijknet_grant_app_privileges();
