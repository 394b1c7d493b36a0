-- Hand-written: privileges of the request role and the published-aggregates view.

-- A login that is not a superuser may only SET ROLE to a role it is a member of.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT wijknet_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
-- Every table with row-level security is a tenant table the request role reads and writes (the
-- policies decide which rows); every other table in public is reference data it only reads.
-- Later migrations call this again after adding tables.
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
    IF t.relrowsecurity THEN
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO wijknet_app', t.relname);
    ELSE
      EXECUTE format('GRANT SELECT ON %I TO wijknet_app', t.relname);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
SELECT wijknet_grant_app_privileges();
--> statement-breakpoint
-- The only way across a municipality's boundary: rollups of the indicator groups a municipality
-- chose to publish. The view runs with its owner's rights, so it reads past row-level security,
-- and it filters on the publication settings itself.
CREATE VIEW published_indicator_rollups AS
SELECT r.municipality_id, r.level, r.unit_id, r.period, r.indicator_code,
       r.numerator, r.denominator, r.n
FROM indicator_rollups r
JOIN indicator_definitions d ON d.code = r.indicator_code
JOIN publication_settings p
  ON p.municipality_id = r.municipality_id AND p.indicator_group = d.indicator_group
WHERE p.is_published;
--> statement-breakpoint
GRANT SELECT ON published_indicator_rollups TO wijknet_app;
